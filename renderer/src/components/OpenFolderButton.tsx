import { App, Button } from "antd";

/** "Mở thư mục" in the desktop app, which can open the file manager; browser mode shows the folder's path instead. */
export function OpenFolderButton({ which }: { which: "hop-thu-di" | "sao-luu" }) {
  const { message } = App.useApp();
  const openFolder = window.cchc?.openFolder;
  if (!openFolder) return null;
  return (
    <Button
      onClick={() =>
        void openFolder(which).then(
          (result) => {
            if (!result.ok) void message.error(result.error.message);
          },
          () => void message.error("Không mở được thư mục. Hãy đóng rồi mở lại ứng dụng."),
        )
      }
    >
      Mở thư mục
    </Button>
  );
}
