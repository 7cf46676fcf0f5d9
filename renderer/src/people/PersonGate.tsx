import { useEffect, type ReactNode } from "react";
import { Spin } from "antd";
import { LoadError } from "../components/LoadError";
import { useApi } from "../useApi";
import { usePerson, workAs } from "./session";
import { startingPerson } from "./startingPerson";
import { WhoIsWorkingScreen } from "./WhoIsWorkingScreen";

/** The app once this window knows who is working; before that, the name the app can tell or the question "Ai đang làm việc?". */
export function PersonGate({ children }: { children: ReactNode }) {
  const person = usePerson();
  const people = useApi("people.list", {});
  const starting = people.status === "ready" ? startingPerson(people.value.people, people.value.given) : null;

  useEffect(() => {
    if (!person && starting) workAs(starting);
  }, [person, starting]);

  if (person) return <>{children}</>;
  if (people.status === "error") {
    return (
      <main style={{ maxWidth: 640, margin: "80px auto", padding: 24 }}>
        <LoadError message={people.message} onRetry={people.reload} />
      </main>
    );
  }
  if (people.status === "loading" || starting) return <Spin fullscreen description="Đang mở…" />;
  return <WhoIsWorkingScreen known={people.value.people} />;
}
