import { fold } from "../../shared/text";

/** The field whose satisfaction has a target of its own (Đất đai), folded as the store's search folds it. */
export const LAND_FIELD = fold("Đất đai");

/** Whether a satisfaction round's field is land, however it is written ("Đất đai", "đất đai", "Dat dai"). */
export const isLandField = (field: string | null): boolean => field !== null && fold(field) === LAND_FIELD;
