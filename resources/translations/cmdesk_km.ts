<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the last database; opening the demo database instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockingErrorsDialog</name>
    <message>
        <source>{year} cannot be {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} has {n} unacknowledged error(s). Correct each one on its page, or acknowledge it with a reason on the Overview page; then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>One line per allocation, in the funder&apos;s currency with the year&apos;s average rate to US$. Totals are in US$.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By funder kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget and funding in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only: funding lines cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is submitted: its funding lines cannot be changed until it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funding lines for {year} yet: click Add to enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a line to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: {what} (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the funding lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>The CMDesk window is not installed. Install CMDesk with `pip install -e .` or run `python main.py`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {path} for {office}, with the reference data loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo database {path} (Cambodia&apos;s published 2024 figures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:       {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: {have} of {known} (it will be updated, after a backup, when CMDesk opens it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office:         {name} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:           DEMO (published 2024 figures, not for submission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years present:  {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {n} problem(s) found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the database from a backup (File &gt; Restore from backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: integrity check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}:{line}: column {column}: &apos;{text}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} problem(s); nothing was imported. Correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {unchanged} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: row {row}: column {column}: &apos;{text}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {duplicates} duplicates, {rejected} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows and their problems are in {path}: correct them there and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualties in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualties, all years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injured (all survivors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  of whom lost limbs (amputations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  injured without amputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex or age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per year: total (killed, injured, lost limbs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} value(s) of {year} written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: row {row}, column {column}: &apos;{text}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee&apos;s requests for {year}: {added} added, {changed} changed, {unchanged} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} written{draft}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (DRAFT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--acknowledge needs --reason TEXT: the reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds nothing for {year} (years with data: {years}); there is nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks of {year}: {errors} error(s), {warnings} warning(s), {questions} question(s) to look at; {acknowledged} acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {rule}; key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged by {who} on {at}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} error(s) block the year&apos;s submission: correct them, or acknowledge each with `cmdesk check --year {year} --db PATH --acknowledge KEY --reason TEXT`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the data entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: give it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: {status} (by {who} on {at} UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its data are frozen: `cmdesk year reopen --year {year} --reason TEXT` to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} unacknowledged error(s) stop it from being marked as checked or submitted (`cmdesk year submit` lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots (kept at each submission):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {id}  {at}  {who}  ({n} documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshots: one is kept when the year is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is marked as checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is submitted. Snapshot {id} keeps its data and the {n} documents produced: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year is now frozen; `cmdesk year reopen --year {year} --reason TEXT` to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is a draft again; its snapshots are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} has no snapshot yet: one is kept when the year is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} document(s) of the snapshot {id} ({at}) written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMDesk: victim-assistance reporting for CMAA. With no command, opens the CMDesk window (on the last database, or a demo one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database to open in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name written to the audit log (default: your login name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create an empty database with the reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office the database belongs to: &apos;hq&apos; (default) or a province name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the demo database (Cambodia&apos;s published 2024 figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the office, schema version, years present and row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run SQLite&apos;s integrity check on a database (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the database into its backup folder, or to --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the copy to this file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run every check over a year and list the findings; exits 1 when errors nobody acknowledged remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reporting year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON list of findings (severity, rule, message, items, values, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first acknowledge the finding with this key (as printed), with --reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the finding is accepted (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import data from a file (every row is checked before anything is written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import aggregate values from a CSV file (year,source,item,part,value,comment; see docs/values-csv.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import casualty records from a CSV or xlsx file (see docs/casualties-import.md); rows with problems are rejected and written to a report file, the others imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object mapping the file&apos;s headers to CMDesk&apos;s columns (null: ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write the rejected rows (default: FILE-rejected.csv beside the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a year&apos;s aggregate values to a CSV file that `cmdesk import values` reads back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the figures the reports quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the casualty register&apos;s summary for a year, or all years with a per-year series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year (default: all years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON (keys as in docs/casualties-import.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the Committee&apos;s requests from its SRAAP tracker spreadsheet (.xlsx, the layout `cmdesk export sraap` writes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reporting year whose report answers these requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the SRAAP country reporting tracker (.xlsx or .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the VA update to the Committee (.xlsx or .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write Form J of the Article 7 report (.xlsx or .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write: FILE.xlsx or FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export even though the year&apos;s figures have errors; every page is marked DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, for each reporting source and section, whether a return is expected, its due date, when it was received and checked, and what is missing or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judge what is overdue on this day (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON: a list of objects with year, source, source_name, section, section_label, expected, due, received_on, received_from_data, checked_by, checked_at, status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reporting year&apos;s sign-off: status, mark as checked, submit (keeps a snapshot and freezes the year), reopen, compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the year&apos;s status (Draft, Checked, Submitted), who set it and when, its history and its snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the year as checked (refused while it has unacknowledged errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit the year: keep a snapshot of its data and documents and freeze it (refused, with the errors listed, while it has unacknowledged errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a checked or submitted year a draft again, with a reason (its snapshots are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what changed since a snapshot (default: the latest) in today&apos;s data, or in another snapshot, by whom and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the documents a snapshot kept (as they were sent) into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (kept in the audit log); required to reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot (its id, or the first characters `year status` prints; default: the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare with this snapshot instead of today&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the values of casualty records&apos; personal fields (name, village, coordinates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder to write the documents into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace files of the same names in the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Casualties</name>
    <message>
        <source>CMVIS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antipersonnel mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antivehicle mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexploded submunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ERW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvised mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military or security forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child (under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a {field} CMDesk knows. Write one of: {codes} (other accepted spellings are listed in docs/casualties-import.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this date is in the future. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date CMDesk reads. Write 2024-03-15, 15/03/2024, or 2024-03 when the day is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no month {month}. Write 2024-03-15, 15/03/2024 or 2024-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no day {day} in month {month} of {year}. Write 2024-03 when the day is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before {first}, when the register starts. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an age. Write the age in whole years, for example 34, or leave it empty and give the age group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an age of {age} is not possible. Check the age, or leave it empty and give the age group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a province of Cambodia. Write its name in English or Khmer (Battambang, បាត់ដំបង) or its two-digit code (02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number. Write decimal degrees, for example 13.0957.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside Cambodia ({column} {low} to {high}). Check the figure, and that latitude and longitude are not swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMDesk has no column &apos;{name}&apos;. The columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than {n} characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {field} is empty. Write {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed or injured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the age is {age}, so the age group is {derived} (a child is under 18), not {group}. Correct the age or the age group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both the latitude and the longitude, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amputation is recorded on injured people only, and the outcome is killed. Correct the outcome or the amputation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasualtiesImport</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read as an Excel workbook ({detail}). Open it in Excel and save it again as an .xlsx file, or save it as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: CMDesk imports casualty records from .csv and .xlsx files. Save the file in one of those formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty. Its first row must name the columns, for example {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the column map {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column map {path} is not JSON ({detail}). Write it as {{&quot;File header&quot;: &quot;incident_date&quot;, &quot;Other header&quot;: null}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column map {path} must be one JSON object from a header to a column name or null, for example {{&quot;Date&quot;: &quot;incident_date&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column(s) {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapped to no CMDesk column: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given twice: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column(s) {names} hold data but have no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}, row {row} (the header): {found}. Name the columns {columns}, or map the file&apos;s headers to them (--map, see docs/casualties-import.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}, row {row} (the header): no column gives the outcome (killed or injured), which every record needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row would change the casualty records of {year}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cell is under no column CMDesk reads. Move its text to the &apos;notes&apos; column or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {first} already gives CMVIS number {id}. Keep one of the two rows, or correct the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to {path}: {reason}. If the file is open in Excel, close it; otherwise give another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasualtiesPage</name>
    <message>
        <source>Casualty register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search CMVIS number, district, commune, village or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, villages and coordinates are personal data: shown only when asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed and injured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records with the same date, province, sex, age and device type may be the same casualty. Select the record to keep and merge the group into it, or mark the group as different casualties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group / CMVIS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injured (all survivors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  injured, no amputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  lost limbs (amputations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex or age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous year&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of {years} cannot be changed: reopen the year on Overview to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} of {total:,} record(s) match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the casualty register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as asked; it is listed under Possible duplicates with {n} other record(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import casualty records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualty files (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the register is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {added} added, {updated} updated, {duplicates} already in the register, {rejected} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the rejected rows of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows and their problems are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({n} records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} group(s) of possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualties in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By device: {devices}
By status: {statuses}
Since records began: {total:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasualtyDialog</name>
    <message>
        <source>Edit casualty record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a casualty record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMVIS number, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2024-03-15, 15/03/2024, or 2024-03 if the day is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 13.0957</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 103.2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years; empty if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. farming, collecting scrap metal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the province first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month:02d}/{year}, day not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may be the same casualty as {n} record(s) already in the register, with the same date, province, sex, age and device type (first: {id}). Click OK again to save it anyway, or Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>the code {code} is already used (codes are never reused, even for retired items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code must be lowercase letters, digits, &apos;_&apos; and &apos;.&apos;, starting with a letter (for example svc.home_visits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item cannot be added: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a fixed reporting source; only the rehabilitation centres&apos; names can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reporting source needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group &apos;{group}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &apos;{unit}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown part(s) {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;{kind}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stated total needs the items it should add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown component(s) {codes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Items and reporting sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items staff enter each year. Renaming or retiring an item never changes or hides the values stored for it: a retired item is no longer offered for new years, and still shows in every year that has a value for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where figures come from. The rehabilitation centres&apos; names can be set here once they are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label for {code}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a reporting source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of {code}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>none the year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {date} in {province}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding was not acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} has no finding &apos;{key}&apos; today: its figures may have changed. Run the checks again and use a key they print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Which column is which?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s columns are not named as CMDesk&apos;s. Choose what each holds; CMDesk remembers the choice for files with these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMDesk column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each CMDesk column can be chosen once: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that gives the outcome (killed or injured): every record needs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualty records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narratives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate to US$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMVIS {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of {date}, {province} (no CMVIS number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} has no snapshot yet: a snapshot is kept when the year is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: the snapshot of {older_at} (submitted by {older_by}) against {newer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot of {at} (submitted by {who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(personal data: use --personal to show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {who}, last on {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no change recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No returns are expected for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns for {year}: {expected} expected, {received} received, {checked} checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue ({n}): {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reporting source &apos;{source}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown section &apos;{section}&apos; (known: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, {section}: the date received ({on}) is after today ({today}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, {section}: a return for {year} cannot have been received on {on}, before the year began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, {section}: nothing has been received for {year}; mark the return received before checking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, {section}: the figures still have errors, so the return cannot be marked checked. Correct them, or acknowledge them with a reason, first:
{errors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, {section}: a return for {year} is due in {year} or {next}, not on {due}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (from the data entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (not expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date was changed for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: figures for this return were first entered on this day. Mark it received to record the day it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {days} day(s) after the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected by {date} and not received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected for this year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletenessWidget</name>
    <message>
        <source>Only what is missing or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected and due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expect another return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record this return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>The national view adds up all sources and cannot be edited. Choose a reporting source (or &apos;National total&apos;) to enter figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: a comment belongs to a value; enter the value first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>Reporting source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National view (all sources, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: national figures (the national total where entered, else the sum of the sources). Hover a cell for its sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: type or paste figures; each change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in these figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo or redo this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {n} value(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted block does not fit: row {row}, column {column} of the block (&apos;{text}&apos;) falls on a cell that takes no value. Nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, column {column} of the pasted block: {error} Nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste {n} value(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear {n} value(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the value first: a comment belongs to a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}  {who}: {field} {old} -&gt; {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {item}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>CMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside CMDesk. Nothing you saved before this was lost. Please send the details below to the database unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>{path}: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx) that CMDesk can read ({error}). Save the Committee&apos;s tracker from Excel as an .xlsx workbook and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no header row with &apos;Actions&apos; and &apos;Indicators&apos; in its first two columns in the first {n} rows: this is not the Committee&apos;s SRAAP tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}, row {row}: no column headed &apos;Additional information or clarification requested by the Committee&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SRAAP action CMDesk knows (known: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indicator row with no action above it: type the action number in column A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this text is none of action {action}&apos;s indicators: keep the indicator texts as the Committee wrote them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator {code} appears twice (also on row {other}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds a formula; type the Committee&apos;s request as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {n} problem(s); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Aggregate values (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value per line: year, source, item, part, value, comment, as CMDesk exports them (see docs/values-csv.md for the codes). An import is checked first: if any line is wrong nothing is imported and every problem is listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import values from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {year}&apos;s values to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import values from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {n} problem(s), listed below. Nothing was imported: correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {added} value(s) to add, {changed} to change, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} Not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name}: {added} added, {changed} changed, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}

Import them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export values to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} value(s) of {year} written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpectationDialog</name>
    <message>
        <source>Expected return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expect a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default this return is {expected}, due on {date}. A change applies to {year} only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>Nothing entered for this year yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Checks of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a finding to open the figure or record it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this finding as it stands, with a reason kept in the audit log. An acknowledged error no longer blocks the year&apos;s export and submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualty register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{errors} error(s), {warnings} warning(s), {questions} question(s) to look at; {acknowledged} acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}, {at}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity} · {where}: {message}
Rule: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by {who} on {at}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Why is this right as it stands? The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot acknowledge the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot withdraw the acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrozenNote</name>
    <message>
        <source>&lt;b&gt;Submitted – frozen.&lt;/b&gt; {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <source>National budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding line &apos;{funder}&apos; ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funding line for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: funding lines have no field &apos;{name}&apos; (fields: {fields}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the year {year!r} is not a year between 1979 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the funder is empty. Type who gave the money, for example &apos;Royal Government of Cambodia&apos; or &apos;UNDP&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown funder kind &apos;{kind}&apos;. Choose one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the {name} must be text, not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the amount is missing. Type the amount in the line&apos;s currency, for example 130000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the amount {amount!r} is not a number of 0 or more. Type the amount in the line&apos;s currency, for example 130000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the currency {currency!r} is not a three-letter ISO 4217 code. Type a code such as USD, KHR or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;{code}&apos; is not in CMDesk&apos;s list of currencies. Check the code, or ask the database unit to add it to resources/catalog/currencies.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: an amount in USD needs no rate to US$, but {rate!r} was given. Leave the rate empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a rate to US$ is required for {currency}. Type how many US dollars one {currency} was worth on average that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the rate to US$ {rate!r} is not a number above 0. Type how many US dollars one {currency} was worth, for example 1.1301 for EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: earmarked must be yes or no (true/false or 1/0), not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative: amounts and rates cannot be below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number. Type digits with a point for decimals, for example 130000, 130,000.50 or 0.00025.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingLineDialog</name>
    <message>
        <source>Edit funding line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a funding line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave the money, e.g. UNDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it pays for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the funder&apos;s currency, e.g. 130,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earmarked for a set purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate to US$:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US$ amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed for US$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US$ for one {currency}, the year&apos;s average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (give the rate to US$)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingLinesModel</name>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate to US$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US$ amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} record(s) to add, {updated} to update, {duplicates} already in the register, {rejected} row(s) rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows are not imported; they will be written with their problems to {name} beside the file, to correct and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reporting year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Reporting year: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> DEMO </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo database: published 2024 figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a backup copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name in the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items and reporting sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [DEMO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CMDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copy saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from {backup}. The content before the restore was kept in {safety}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are now recorded as made by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMDesk databases (*.cmdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CMDesk {version}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim-assistance reporting for the Cambodian Mine Action and Victim Assistance Authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CMDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Narratives</name>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year}, Cambodia recorded {total} casualties, including {killed} killed, {injured} injured and {lost} lost limbs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the total casualties {men} were men, {boys} were boys, {women} women and {girls} girls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex or age of {n} is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year}, {n} casualties were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} prosthetics ({lower} lower limbs, {upper} upper limbs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} orthotics ({lower} lower limbs, {upper} upper limbs and {spinal} spinal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} seating systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} tricycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} non-orthopaedic procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} walking aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} wheelchairs ({adult} for adults and {child} for children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year}, the PRCs produced or repaired a total of {total} assistive devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, including {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The types listed add up to {summed}.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} women and girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} mine/ERW survivors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (including {details})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year}, {n} persons with disabilities{details}, including mine/ERW survivors, received medical care, including physiotherapy and surgical interventions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year}, {n} persons with disabilities{details} were provided services by the physical rehabilitation centres (PRCs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{assessed} individuals were assessed by physiotherapists and {treatments} physiotherapy treatments were provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community-based rehabilitation (CBR) services are available in {provinces} provinces, and {n} persons with disabilities benefited from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year}, {n} individuals completed psychosocial support training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year}, {n} individuals were provided with peer-to-peer counselling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} self-help groups were active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year}, persons with disabilities, including mine/ERW survivors, were provided with socio-economic services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year}, {n} persons with disabilities, including mine/ERW survivors, benefited from socio-economic services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year}, the Quality-of-Life Survey (QLS) identified and assessed {n} persons with disabilities{details}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them, {n} were mine/ERW survivors (including {women} women).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them, {n} were mine/ERW survivors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year}, {n} chiefs of communes and villages were trained in data collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year}, national resources including a budget of US${n} were allocated to victim assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They were complemented by earmarked funds of {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US${n} from {funder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database starts with the reference data (provinces, reporting sources, items and SRAAP indicators) and no figures. Choose the office it belongs to: every record entered in it is marked with that office, so that provincial databases can later be merged at headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMDesk databases (*.cmdesk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. svc.home_visits (never changes once added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it appears on the entry page and in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A total stated by the source, checked against the sum of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that apply: whole numbers, never negative; each part at most the total; female survivors at most the females and the survivors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>&apos;{text}&apos; is negative: a count cannot be below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number: counts of persons, devices and the like have no decimals. For thousands, type 26280 or 26,280.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number. Type digits, for example 26280, 26,280 or ២៦២៨០.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Casualties recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{killed} killed, {injured} injured and {amputations} lost limbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{previous} in {prev_year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded in {prev_year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated {stated:,}; the types add up to {summed:,} (difference {diff:+,})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistive devices produced or repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons served by rehabilitation centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of whom {n:,} mine/ERW survivors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons with disabilities given medical care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding for victim assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national US${national:,.0f}; international US${international:,.0f}; earmarked US${earmarked:,.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} funding lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>DEMO DATABASE: Cambodia&apos;s published 2024 figures, for trying CMDesk out. Do not enter real data here and do not submit from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{office}  ·  {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in this database: {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualty records (all years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRAAP narratives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns from the reporting sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistive devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRAAP &amp; narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedDialog</name>
    <message>
        <source>Return received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{source}&lt;/b&gt;&lt;br&gt;{section}, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for this return were first entered on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the day recorded (and the check).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Casualties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost limbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRAAP country reporting tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VA update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form J (Article 7 report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document &apos;{kind}&apos;: choose one of {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: give a file name ending in .xlsx (Excel) or .pdf; &apos;{suffix}&apos; is not a format CMDesk writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;{format}&apos;: choose xlsx or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} has {n} error(s) in its figures (first: {first}). Correct them, or export a draft (--draft); every page is then marked DRAFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}: Article 7 report, Form J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form J: Other relevant matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated information provided in accordance with Article 7, paragraph 2 of the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction, submitted {date}, covering the period {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Victim assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In answer to the Committee&apos;s request (&quot;{request}&quot;): {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures: annex, table(s) {refs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing reported under this action for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. International cooperation and assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National budget for victim assistance (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International cooperation and assistance received (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which earmarked (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International cooperation and assistance received in {year}, by funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No international funding line entered for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National resources in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex: tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO data: not for submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 January {year} to 31 December {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No casualty recorded in {year} or {previous}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sex and age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualties of mines and explosive remnants of war</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualties recorded in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed, injured and lost limbs are separate groups: &quot;injured&quot; counts survivors without an amputation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caption}: no figures entered for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which: {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the types above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total as stated by the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total stated by the source ({stated:,}) differs from the sum of the types ({summed:,}) by {difference:+,}; both are given as reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funding line entered for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National budget (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International funding (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding for victim assistance in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate to US$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action {number}: {theme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to the Committee: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator {code} ({status}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Committee&apos;s request: {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}: victim assistance update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim assistance update: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress in implementing the victim assistance actions of the Siem Reap-Angkor Action Plan, for the Committee on Victim Assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim assistance actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-cutting actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: not for submission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, ready to print (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission details (printed on the documents&apos; cover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cambodian Mine Action and Victim Assistance Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: these details are kept as they were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission details not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: {year} has {n} error(s) in its figures. Correct them on the entry pages, or export a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} of {year}, as submitted on {date} by {who}, written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} of {year} written as a DRAFT to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} of {year} written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {document}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as DRAFT?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} has {n} error(s) in its figures, for example:

{first}

Export as DRAFT? Every page and sheet is then marked DRAFT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces everything in {name} with the backup&apos;s content. The current content is backed up first, so a restore can itself be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}  ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMDesk databases (*.cmdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is open read-only: a year&apos;s status cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} cannot be {action}: it has {n} unacknowledged error(s). Correct them, or acknowledge them with a reason, then try again. First: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is already marked as checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked on submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is a draft already: there is nothing to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for reopening {year} (it is kept in the audit log), for example: the Committee asked to correct the PRC figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a folder. Choose an existing folder to save the documents in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} has files of the same names already: {names}. Choose another folder, or replace them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshots of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot is kept each time {year} is submitted: its figures, funding lines, casualty records, narratives and submission details, with the documents that were sent. Choose one to see what changed since, in today&apos;s data or in a later snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the documents this snapshot kept, as they were sent, into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualty records&apos; names, villages and coordinates are personal data: shown only when asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}  ·  {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{snapshot}  (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} has no snapshot yet: one is kept when the year is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents kept: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot of {at} ({who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot of {at} ({who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed between {older} and {newer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {older} to {newer}: {n} row(s) changed ({counts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the documents of {year} as submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} document(s) saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder has files of the same names already:
{names}

Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SraapPage</name>
    <message>
        <source>Import the Committee&apos;s requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Committee&apos;s requests from its SRAAP country reporting tracker (xlsx), into the selected year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action / indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The State&apos;s narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences drafted from the year&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Committee&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The State&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the indicator as it was last saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRAAP &amp; narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the narratives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action {n}: {theme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} (cross-cutting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} – out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator {code}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is submitted: reopen it to change its narratives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{figure}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date: the narrative states figures that have changed since it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None for this indicator: no figure of the year belongs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}, of which {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualties: {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National budget (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International funding (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earmarked funds (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total funding (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence added and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the Committee&apos;s requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, column {column} (&apos;{text}&apos;): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {n} problem(s). Nothing was imported: correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {added} request(s) to add, {changed} to change, {unchanged} unchanged, for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} Not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name}: {added} added, {changed} changed, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}

Import them now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Give a reason to acknowledge this finding: it is kept in the audit log and read by whoever checks the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file name: a backup copy cannot replace the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register cannot be sorted by &apos;{column}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no casualty record with id {id}: it may have been deleted. Reload the Casualties page and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown casualty fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A casualty record to restore needs its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualty record {id} cannot be restored: a record with that id exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is in use by another program. Close the other program (or the other CMDesk window) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a CMDesk database. Choose a file made by CMDesk (File &gt; New database makes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written. Copy it to a folder where you can save files, or clear its read-only property, and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Restore it from a backup (File &gt; Restore from backup); the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: you do not have permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a CMDesk database (it is not an SQLite file). Choose a file made by CMDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an SQLite database made by another program, not by CMDesk. CMDesk leaves it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was made by a newer version of CMDesk (it has changes this version does not know: {names}). Install the newer CMDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only (or its folder is). CMDesk needs to save changes and backups beside it: copy it to a folder where you can save files, or clear its read-only property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMDesk cannot save in {folder}: choose a folder where you can save files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no funding line with id {id}: it may have been deleted. Reload the Budget page and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funding line to restore needs its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding line {id} cannot be restored: a line with that id exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;expected&apos; must be yes or no, not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text, not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date: give it as YYYY-MM-DD, for example 2025-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fields of a return: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reporting source &apos;{source}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return must be received before it is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no snapshot with id &apos;{id}&apos;. `cmdesk year status --year YEAR` lists a year&apos;s snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} has no snapshot &apos;{id}&apos;{several}. `cmdesk year status --year {year}` lists its snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (several start so: give more of the id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown submission fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission date &apos;{date}&apos; is not a date: type it as YYYY-MM-DD, for example 2025-04-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}, source &apos;{source}&apos;, item &apos;{item}&apos;, part &apos;{part}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown item &apos;{item}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: this item has no part &apos;{part}&apos; (allowed: {allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value!r} is not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year {year} is outside 1979-2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown year status &apos;{status}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} was submitted on {date} by {who} and is frozen. Reopen it (Overview &gt; Reopen, or `cmdesk year reopen --year {year} --reason ...`) to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesCSV</name>
    <message>
        <source>Cannot read {path}: {reason}. Check the file&apos;s name and that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}, line {line}: the file is not UTF-8 text. In Excel, choose File &gt; Save As, type &quot;CSV UTF-8 (Comma delimited)&quot;, and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}, line {line}: the file cannot be read as CSV ({detail}). Open it in Excel and save it again as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column(s) {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column(s) {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column(s) {names} given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}, line {line} (the header): {found}. The header must name the columns {columns}, in any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Did you mean &apos;{code}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cell is under no named column. Move its text to the &apos;comment&apos; column or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year is empty. Write the year in full, for example 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a year from {first} to {last}. Write the year in full, for example 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source is empty. Write a reporting-source code, for example &apos;national&apos; (see docs/values-csv.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reporting source.{hint} The codes are listed in docs/values-csv.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item is empty. Write an item code, for example &apos;inc.sport&apos; (see docs/values-csv.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this total is computed from {items}, never typed. Give those items instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item.{hint} The codes are listed in docs/values-csv.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {item} has no such part. Allowed: {parts} (empty means total).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number. Type digits, for example 26280, 26,280 or ២៦២៨០.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value is empty. Write the figure (0 for none), or delete the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to be a count. Check the figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also line(s) {lines}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the database for {year}, {source}: {cells}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty. Its first line must be the header {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {first} already gives {year}, {source}, {item}, {part}. Keep one of the two lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has {n} problem(s); nothing was imported. Correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. If the file is open in Excel, close it; otherwise choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesGridModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed: the sum of {items}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <source>Who is entering data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMDesk records who made each change. Type your name as colleagues know it; you can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearStatusWidget</name>
    <message>
        <source>Mark as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say that the year&apos;s figures were reviewed and are complete and consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a snapshot of the year&apos;s data with the documents produced from it, and freeze the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the year a draft again (a reason is asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was submitted, and what changed since; save the documents that were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots ({n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures are being entered. Mark the year as checked once it has been reviewed, and submit it when its documents are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened by {who} on {at} (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by {who} on {at} (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by {who} on {at} (UTC). Its data are frozen: reopen the year to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: {year} has {n} unacknowledged error(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is marked as checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit {year}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit {year}? CMDesk keeps a snapshot of the year&apos;s figures, funding lines, casualty records, narratives and submission details, with the three documents as xlsx and PDF, and freezes the year: its data can then be changed only after reopening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting {year}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {year} was not submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is submitted. The snapshot keeps its data and the documents produced ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is {year} reopened? The reason is kept in the audit log; the snapshots of its submissions stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is a draft again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
