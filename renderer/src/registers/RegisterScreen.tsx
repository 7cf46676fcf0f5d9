import type { RegisterKey } from "../../../core/records/registers/keys";
import { DocumentsRegister } from "../attachments/DocumentsRegister";
import { RegisterTab } from "./RegisterTab";

/** A register as Dữ liệu khác shows it: the documents register with the files its entries carry, the others as their descriptors say. */
export function RegisterScreen({ register }: { register: RegisterKey }) {
  return register === "documents" ? <DocumentsRegister /> : <RegisterTab register={register} />;
}
