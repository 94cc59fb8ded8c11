import { useId, useRef, useState, type ChangeEvent, type DragEvent } from "react";
import { Button, Field, Input, Radio, RadioGroup, Spinner, Text, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { Financials } from "../../model/financials";
import type { Host, PlanResult } from "../../host/host";
import { MIN_YEARS } from "../../templates/options";
import { buildSecImport } from "../../templates/secImport";
import { companyHelp, importSummary, missingNoun, periodsLine, QUARTERS_HINT, readTimeText, WHY_NOT_FETCHED } from "../sec/importText";
import { MissingFigures } from "./MissingFigures";
import type { SecReadTimings } from "../sec/protocol";
import { readInWorker, type SecFileReader } from "../sec/workerClient";
import { useHostAction, type Outcome } from "../useHostAction";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  drop: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  summary: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  error: { margin: 0, color: tokens.colorStatusDangerForeground1 },
  success: { color: tokens.colorStatusSuccessForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type FileState =
  | { state: "none" }
  | { state: "reading"; name: string }
  | {
      state: "read";
      file: File;
      name: string;
      /** The fiscal years. */
      financials: Financials;
      /** How many quarters the file holds; `quarterly` once they are read. */
      quarterCount: number;
      quarterly?: Financials;
      /** The quarters are being read (the analyst chose them). */
      readingQuarters?: boolean;
      /** Why the quarters could not be read. */
      quartersError?: string | undefined;
      /** Of the latest read. */
      timings: SecReadTimings;
      roundTripMs: number;
    }
  | { state: "failed"; message: string };

type Periods = "years" | "quarters";

/** A period choice needs as many quarters as a template's trend needs periods. */
const MIN_QUARTERS = MIN_YEARS;

const describe = (result: PlanResult): Outcome => ({ message: result.message, tone: result.outcome === "inserted" ? "success" : "warning" });

interface Props {
  host: Host;
  /** Reads a picked file off the pane's thread; the worker by default (tests pass another). */
  readFile?: SecFileReader;
}

/**
 * Import SEC data: the analyst downloads a company's companyfacts file from SEC (the pane shows
 * the address for a CIK) and picks or drops it here; it is read in a worker, in this browser, and
 * nothing leaves the machine. The pane shows the company, its fiscal years and what is missing,
 * then inserts the "SEC data" sheet and the red-flag model filled from it through the host, as
 * any template (new sheets only). Where the file holds quarters, the analyst may choose them
 * instead: the worker reads them then (with them its normalising takes two to three times as
 * long, so a file is first read without them), and the summary and the sheets follow the choice.
 */
export function SecImport({ host, readFile = readInWorker }: Props) {
  const styles = useStyles();
  const id = useId();
  const [query, setQuery] = useState("");
  const [file, setFile] = useState<FileState>({ state: "none" });
  const [dragging, setDragging] = useState(false);
  const [periods, setPeriods] = useState<Periods>("years");
  const action = useHostAction(describe, "Could not insert the SEC data");
  const help = companyHelp(query);
  // Only the file picked last is shown, whichever read finishes first.
  const latest = useRef(0);

  const couldNotRead = (name: string, error: unknown) => `${name} could not be read: ${error instanceof Error ? error.message : String(error)}`;
  /** Shows `state` only if no file was picked (and no quarters asked for) since `ticket`. */
  const showing = (ticket: number) => (state: FileState) => {
    if (ticket === latest.current) setFile(state);
  };

  // With quarters chosen already, a new file is read with them at once.
  const read = (picked: File | undefined) => {
    if (!picked) return;
    const show = showing(++latest.current);
    setFile({ state: "reading", name: picked.name });
    (periods === "quarters" ? readFile(picked, { quarters: true }) : readFile(picked)).then(
      (answer) =>
        show(
          answer.ok
            ? {
                state: "read",
                file: picked,
                name: picked.name,
                financials: answer.financials,
                quarterCount: answer.quarterCount,
                ...(answer.quarterly ? { quarterly: answer.quarterly } : {}),
                timings: answer.timings,
                roundTripMs: answer.roundTripMs,
              }
            : { state: "failed", message: answer.message },
        ),
      (error: unknown) => show({ state: "failed", message: couldNotRead(picked.name, error) }),
    );
  };
  const readQuarters = (current: Extract<FileState, { state: "read" }>) => {
    const show = showing(++latest.current);
    const before = { ...current, readingQuarters: false, quartersError: undefined };
    setFile({ ...before, readingQuarters: true });
    readFile(current.file, { quarters: true }).then(
      (answer) =>
        show(
          answer.ok && answer.quarterly
            ? { ...before, quarterly: answer.quarterly, timings: answer.timings, roundTripMs: answer.roundTripMs }
            : { ...before, quartersError: answer.ok ? `${current.name} holds no quarters.` : answer.message },
        ),
      (error: unknown) => show({ ...before, quartersError: couldNotRead(current.name, error) }),
    );
  };
  const choose = (next: Periods) => {
    setPeriods(next);
    if (next === "quarters" && file.state === "read" && !file.quarterly && !file.readingQuarters) readQuarters(file);
  };
  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    read(event.target.files?.[0]);
    // The same file picked again (after replacing it on disk) is read again.
    event.target.value = "";
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    read(event.dataTransfer.files[0]);
  };
  const canChoose = file.state === "read" && file.quarterCount >= MIN_QUARTERS;
  const chosen: Periods = canChoose ? periods : "years";
  // The figures shown and inserted: the quarters only once they are read.
  const shown = file.state !== "read" ? undefined : chosen === "quarters" ? file.quarterly : file.financials;
  const insert = () => {
    if (shown) action.run(() => host.writePlan(buildSecImport(shown)));
  };
  const summary = shown ? importSummary(shown) : undefined;

  return (
    <section aria-labelledby={`${id}-heading`} className={styles.root}>
      <Text as="h3" id={`${id}-heading`} size={400} weight="semibold" className={styles.heading}>
        Import SEC data
      </Text>
      <Text as="p" className={styles.text}>
        Any US filer&apos;s figures from its 10-K and 10-Q filings, as SEC publishes them (companyfacts): the file is read in this pane and never leaves your
        computer. You get a &quot;SEC data&quot; sheet, every figure with its filing, and the red-flag model filled from it.
      </Text>
      <ol className={styles.steps}>
        <li>
          <Field label="Company's CIK (or ticker)" hint="The CIK is SEC's number for the company: 789019 for Microsoft.">
            <Input value={query} onChange={(_, data) => setQuery(data.value)} />
          </Field>
          {help.kind === "address" && (
            <Field label={`companyfacts address of CIK ${help.cik}`} hint="Open it in your browser and save the page as a .json file.">
              <Input readOnly value={help.address} />
            </Field>
          )}
          {(help.kind === "ticker" || help.kind === "invalid") && (
            <Text as="p" size={200} className={styles.text}>
              {help.message}
            </Text>
          )}
          <Text as="p" size={200} className={styles.text}>
            {WHY_NOT_FETCHED}
          </Text>
        </li>
        <li>
          <div
            className={mergeClasses(styles.drop, dragging && styles.dragging)}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <label htmlFor={`${id}-file`}>
              <Text weight="semibold">companyfacts file (.json or .json.gz)</Text>
            </label>
            <input id={`${id}-file`} type="file" accept=".json,.gz,application/json,application/gzip" onChange={onPick} />
            <Text size={200} className={styles.text}>
              Or drop the file here.
            </Text>
          </div>
        </li>
      </ol>
      {file.state === "reading" && <Spinner size="tiny" label={`Reading ${file.name}...`} />}
      {file.state === "failed" && (
        <Text as="p" role="alert" className={styles.error}>
          {file.message}
        </Text>
      )}
      {canChoose && (
        <Field label="Periods" hint={QUARTERS_HINT}>
          <RadioGroup value={periods} onChange={(_, data) => choose(data.value as Periods)} layout="horizontal">
            <Radio value="years" label="Fiscal years" />
            <Radio value="quarters" label="Quarters" />
          </RadioGroup>
        </Field>
      )}
      {file.state === "read" && file.readingQuarters && <Spinner size="tiny" label={`Reading the quarters of ${file.name}...`} />}
      {file.state === "read" && chosen === "quarters" && file.quartersError && (
        <Text as="p" role="alert" className={styles.error}>
          {file.quartersError}
        </Text>
      )}
      {file.state === "read" && summary && (
        // The file and the times, as data for whoever measures the pane (the browser tests).
        <div
          className={styles.summary}
          data-file={file.name}
          data-periods={summary.kind}
          data-read-ms={Math.round(file.timings.readMs)}
          data-parse-ms={Math.round(file.timings.parseMs)}
          data-normalise-ms={Math.round(file.timings.normaliseMs)}
          data-round-trip-ms={Math.round(file.roundTripMs)}
        >
          <Text as="h4" weight="semibold" className={styles.heading}>
            {`${summary.company}${summary.cik ? `, ${summary.cik}` : ""}`}
          </Text>
          <Text as="p" className={styles.text}>
            {periodsLine(summary)}
          </Text>
          {summary.gaps.length > 0 && <MissingFigures gaps={summary.gaps} periods={missingNoun(summary.kind)} />}
          <Text as="p" size={200} className={styles.text}>
            {readTimeText(file.timings)}
          </Text>
        </div>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={insert} disabled={!shown || action.pending}>
          Insert SEC data and red-flag model
        </Button>
        {/* A polite live region of its own, not a second role="status" beside the templates' one. */}
        <Text aria-live="polite" aria-atomic="true" className={mergeClasses(action.outcome && styles[action.outcome.tone])}>
          {action.pending ? "Working..." : (action.outcome?.message ?? "")}
        </Text>
      </div>
    </section>
  );
}
