import { useCallback, useState, type ReactNode } from "react";
import { Tabs } from "antd";
import { PageHeading } from "../components/Headings";
import { BatchHistory } from "../dossiers/batches/BatchHistory";
import { CatalogueTab } from "../dossiers/catalogue/CatalogueTab";
import { PaknTab } from "../dossiers/feedback/PaknTab";
import { SatisfactionTab } from "../dossiers/feedback/SatisfactionTab";
import { FiguresPanel } from "../dossiers/figures/FiguresPanel";
import { ImportWizard } from "../dossiers/import/ImportWizard";
import { DossierList } from "../dossiers/list/DossierList";
import { DOSSIER_TABS, useDossierTab, type DossierTab } from "../dossiers/tabs";

export function Dossiers() {
  const [tab, openTab] = useDossierTab();
  // Bumped after an import or an undo, so the list, the figures and the history read the store again.
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);

  const content: Record<DossierTab, ReactNode> = {
    "danh-sach": <DossierList version={version} />,
    "so-lieu": <FiguresPanel version={version} />,
    nhap: <ImportWizard version={version} onImported={changed} />,
    "lich-su": <BatchHistory version={version} onUndone={changed} />,
    // Their changes move the catalogue and satisfaction figures, so they bump the version too.
    "danh-muc": <CatalogueTab onChanged={changed} />,
    pakn: <PaknTab onChanged={changed} />,
    "hai-long": <SatisfactionTab onChanged={changed} />,
  };

  return (
    // Sized by the page, never by its wide tables (they scroll inside themselves), so nothing overflows at 1366×768.
    <div style={{ contain: "inline-size", minWidth: 0 }}>
      <PageHeading title="Hồ sơ TTHC" />
      <Tabs activeKey={tab} onChange={(key) => openTab(key as DossierTab)} items={DOSSIER_TABS.map((t) => ({ key: t.key, label: t.label, children: content[t.key] }))} />
    </div>
  );
}
