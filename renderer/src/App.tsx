import { useEffect, useRef, useState } from "react";
import { App as AntApp, Layout } from "antd";
import { call, errorMessage } from "./api";
import { SideNav } from "./components/SideNav";
import { TopBar } from "./components/TopBar";
import { HelpProvider } from "./help/HelpProvider";
import type { UnitDetails } from "./labels";
import { sectionOf, type SectionKey } from "./nav";
import { Departments } from "./pages/Departments";
import { Dossiers } from "./pages/Dossiers";
import { OtherData } from "./pages/OtherData";
import { Overview } from "./pages/Overview";
import { Outline } from "./pages/Outline";
import { Report } from "./pages/Report";
import { Settings } from "./pages/Settings";
import { AuditLog } from "./pages/AuditLog";
import { Outbox } from "./pages/Outbox";
import { EvidencePrint } from "./outline/EvidencePrint";
import { usePrintTarget } from "./outline/usePrintTarget";
import { useHashRoute } from "./useHashRoute";
import { StoreGate } from "./unlock/StoreGate";
import { CallProgressIndicator } from "./progress/CallProgressIndicator";
import { PersonGate } from "./people/PersonGate";
import { FirstRunWizard } from "./firstrun/FirstRunWizard";
import { rememberSetupSkipped, setupSkipped } from "./firstrun/skip";

function Page({ section, onUnitSaved }: { section: SectionKey; onUnitSaved: (unit: UnitDetails) => void }) {
  switch (section) {
    case "tong-quan":
      return <Overview />;
    case "ho-so":
      return <Dossiers />;
    case "bao-cao":
      return <Report />;
    case "de-cuong":
      return <Outline />;
    case "phong-ban":
      return <Departments />;
    case "du-lieu":
      return <OtherData />;
    case "hop-thu-di":
      return <Outbox />;
    case "nhat-ky":
      return <AuditLog />;
    case "cai-dat":
      return <Settings onSaved={onUnitSaved} />;
  }
}

function headerTitle(unit: UnitDetails | null | undefined, failed: boolean): string {
  if (unit) return unit.name;
  if (unit === null) return "Chưa thiết lập đơn vị";
  return failed ? "Chưa đọc được thông tin đơn vị" : "Đang tải…";
}

export function App() {
  const print = usePrintTarget();
  return (
    <>
      <StoreGate>{print ? <EvidencePrint outlineId={print.outlineId} period={print.period} /> : <AppShell />}</StoreGate>
      {!print && <CallProgressIndicator />}
    </>
  );
}

function AppShell() {
  const section = useHashRoute();
  const { message } = AntApp.useApp();
  const [unit, setUnit] = useState<UnitDetails | null | undefined>(undefined);
  const [unitError, setUnitError] = useState(false);
  const [navCollapsed, setNavCollapsed] = useState(false);
  const [skipped, setSkipped] = useState(setupSkipped);
  const firstRender = useRef(true);
  const settingUp = unit === null && !skipped;

  useEffect(() => {
    call("unit.get", {}).then(setUnit, (e: unknown) => {
      setUnitError(true);
      void message.error(errorMessage(e));
    });
  }, [message]);

  useEffect(() => {
    document.title = `${settingUp ? "Thiết lập ban đầu" : sectionOf(section).label} – CCHC Xã`;
    // Moving focus to the new page's heading tells screen-reader users the page changed; not on first load.
    if (firstRender.current) firstRender.current = false;
    else document.getElementById("page-title")?.focus();
  }, [section, settingUp]);

  if (settingUp) {
    return (
      <FirstRunWizard
        onSkip={() => {
          rememberSetupSkipped();
          setSkipped(true);
        }}
        onStarted={setUnit}
      />
    );
  }

  return (
    <PersonGate>
      <HelpProvider section={section}>
        <Layout style={{ minHeight: "100vh" }}>
          <SideNav current={section} collapsed={navCollapsed} onCollapse={setNavCollapsed} />
          <Layout>
            <TopBar title={headerTitle(unit, unitError)} subtitle={unit?.provinceName ?? null} navCollapsed={navCollapsed} onToggleNav={() => setNavCollapsed((c) => !c)} />
            <Layout.Content style={{ padding: "20px 24px 32px" }}>
              <Page
                section={section}
                onUnitSaved={(saved) => {
                  setUnit(saved);
                  setUnitError(false);
                }}
              />
            </Layout.Content>
          </Layout>
        </Layout>
      </HelpProvider>
    </PersonGate>
  );
}
