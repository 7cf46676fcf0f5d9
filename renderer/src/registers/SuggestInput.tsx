import { AutoComplete, type AutoCompleteProps } from "antd";
import { optionMatches } from "./fold";

interface Props extends Omit<AutoCompleteProps<string>, "showSearch" | "popupMatchSelectWidth" | "allowClear"> {
  /**
   * The list's width in px. Fixed rather than measured: measured while the dialog still zooms in, the list
   * came out a few characters wide.
   */
  popupWidth: number;
}

/** Free text with suggestions that match with or without diacritics (Form.Item passes id, value, onChange). */
export function SuggestInput({ popupWidth, ...props }: Props) {
  return <AutoComplete allowClear showSearch={{ filterOption: optionMatches }} popupMatchSelectWidth={popupWidth} {...props} />;
}
