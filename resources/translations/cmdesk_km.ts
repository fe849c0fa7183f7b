<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the last database; opening the demo database instead</source>
        <translation>មិនអាចបើកមូលដ្ឋានទិន្នន័យចុងក្រោយបានទេ ដូច្នេះកំពុងបើកមូលដ្ឋានទិន្នន័យសាកល្បងជំនួសវិញ</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>មិនអាចបើកមូលដ្ឋានទិន្នន័យបានទេ</translation>
    </message>
</context>
<context>
    <name>BlockingErrorsDialog</name>
    <message>
        <source>{year} cannot be {action}</source>
        <translation>មិនអាច{action}ឆ្នាំ {year} បានទេ</translation>
    </message>
    <message>
        <source>{year} has {n} unacknowledged error(s). Correct each one on its page, or acknowledge it with a reason on the Overview page; then try again.</source>
        <translation>ឆ្នាំ {year} មានកំហុស {n} ដែលមិនទាន់បានទទួលស្គាល់។ សូមកែកំហុសនីមួយៗនៅលើទំព័ររបស់វា ឬទទួលស្គាល់វាដោយផ្ដល់មូលហេតុនៅលើទំព័រទិដ្ឋភាពទូទៅ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>One line per allocation, in the funder&apos;s currency with the year&apos;s average rate to US$. Totals are in US$.</source>
        <translation>មួយជួរសម្រាប់ការបែងចែកមួយ ជារូបិយប័ណ្ណរបស់ម្ចាស់មូលនិធិ ជាមួយអត្រាប្ដូរប្រាក់មធ្យមប្រចាំឆ្នាំទៅជាដុល្លារអាមេរិក។ ចំនួនសរុបគិតជាដុល្លារអាមេរិក។</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>បន្ថែម… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>កែសម្រួល… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>លុប (&amp;D)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>មិនធ្វើវិញ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ធ្វើវិញ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>National</source>
        <translation>ជាតិ</translation>
    </message>
    <message>
        <source>International</source>
        <translation>អន្តរជាតិ</translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation>កំណត់គោលដៅ</translation>
    </message>
    <message>
        <source>By funder kind</source>
        <translation>តាមប្រភេទម្ចាស់មូលនិធិ</translation>
    </message>
    <message>
        <source>Budget and funding in {year}</source>
        <translation>ថវិកា និងមូលនិធិក្នុងឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>Totals for {year}</source>
        <translation>ចំនួនសរុបសម្រាប់ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>This database is open read-only: funding lines cannot be changed.</source>
        <translation>មូលដ្ឋានទិន្នន័យនេះបើកសម្រាប់តែអាន៖ មិនអាចផ្លាស់ប្ដូរជួរមូលនិធិបានទេ។</translation>
    </message>
    <message>
        <source>{year} is submitted: its funding lines cannot be changed until it is reopened.</source>
        <translation>ឆ្នាំ {year} ត្រូវបានដាក់ជូនហើយ៖ មិនអាចផ្លាស់ប្ដូរជួរមូលនិធិរបស់វាបានទេ រហូតដល់វាត្រូវបានបើកឡើងវិញ។</translation>
    </message>
    <message>
        <source>No funding lines for {year} yet: click Add to enter one.</source>
        <translation>មិនទាន់មានជួរមូលនិធិសម្រាប់ឆ្នាំ {year} នៅឡើយទេ៖ ចុច «បន្ថែម» ដើម្បីបញ្ចូលមួយ។</translation>
    </message>
    <message>
        <source>Double-click a line to edit it.</source>
        <translation>ចុចពីរដងលើជួរមួយ ដើម្បីកែសម្រួលវា។</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>មិនធ្វើវិញ៖ {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: {what} (Ctrl+Shift+Z)</source>
        <translation>ធ្វើវិញ៖ {what} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Cannot change the funding lines</source>
        <translation>មិនអាចផ្លាស់ប្ដូរជួរមូលនិធិបានទេ</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>The CMDesk window is not installed. Install CMDesk with `pip install -e .` or run `python main.py`.</source>
        <translation>មិនទាន់បានដំឡើងផ្ទាំងបង្អួច CMDesk ទេ។ សូមដំឡើង CMDesk ដោយ `pip install -e .` ឬដំណើរការ `python main.py`។</translation>
    </message>
    <message>
        <source>Created {path} for {office}, with the reference data loaded.</source>
        <translation>បានបង្កើត {path} សម្រាប់ {office} ដោយបានផ្ទុកទិន្នន័យយោងរួចហើយ។</translation>
    </message>
    <message>
        <source>Created the demo database {path} (Cambodia&apos;s published 2024 figures).</source>
        <translation>បានបង្កើតមូលដ្ឋានទិន្នន័យសាកល្បង {path} (តួលេខឆ្នាំ ២០២៤ ដែលកម្ពុជាបានផ្សព្វផ្សាយ)។</translation>
    </message>
    <message>
        <source>Database:       {path}</source>
        <translation>មូលដ្ឋានទិន្នន័យ៖       {path}</translation>
    </message>
    <message>
        <source>Schema version: {have} of {known} (it will be updated, after a backup, when CMDesk opens it)</source>
        <translation>កំណែរចនាសម្ព័ន្ធ៖ {have} នៃ {known} (វានឹងត្រូវធ្វើបច្ចុប្បន្នភាព បន្ទាប់ពីបម្រុងទុក នៅពេល CMDesk បើកវា)</translation>
    </message>
    <message>
        <source>Office:         {name} ({code})</source>
        <translation>ការិយាល័យ៖         {name} ({code})</translation>
    </message>
    <message>
        <source>Kind:           DEMO (published 2024 figures, not for submission)</source>
        <translation>ប្រភេទ៖           សាកល្បង (តួលេខឆ្នាំ ២០២៤ ដែលបានផ្សព្វផ្សាយ មិនមែនសម្រាប់ដាក់ជូនទេ)</translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation>កំណែរចនាសម្ព័ន្ធ៖ {version}</translation>
    </message>
    <message>
        <source>Years present:  {years}</source>
        <translation>ឆ្នាំដែលមាន៖  {years}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>ជួរ៖</translation>
    </message>
    <message>
        <source>{path}: {n} problem(s) found:</source>
        <translation>{path}៖ រកឃើញបញ្ហា {n}៖</translation>
    </message>
    <message>
        <source>Restore the database from a backup (File &gt; Restore from backup).</source>
        <translation>សូមស្ដារមូលដ្ឋានទិន្នន័យពីច្បាប់បម្រុងទុក (ឯកសារ &gt; ស្ដារពីច្បាប់បម្រុងទុក)។</translation>
    </message>
    <message>
        <source>{path}: integrity check passed.</source>
        <translation>{path}៖ ការត្រួតពិនិត្យភាពត្រឹមត្រូវបានជោគជ័យ។</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>បានសរសេរច្បាប់បម្រុងទុកទៅ {path}</translation>
    </message>
    <message>
        <source>{file}:{line}: column {column}: &apos;{text}&apos;: {reason}</source>
        <translation>{file}:{line}៖ ជួរឈរ {column}៖ &apos;{text}&apos;៖ {reason}</translation>
    </message>
    <message>
        <source>{n} problem(s); nothing was imported. Correct the file and import it again.</source>
        <translation>បញ្ហា {n}៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមកែឯកសារ ហើយនាំចូលវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {unchanged} unchanged</source>
        <translation>បានបន្ថែម {added} បានផ្លាស់ប្ដូរ {changed} មិនផ្លាស់ប្ដូរ {unchanged}</translation>
    </message>
    <message>
        <source>{file}: row {row}: column {column}: &apos;{text}&apos;: {reason}</source>
        <translation>{file}៖ ជួរដេក {row}៖ ជួរឈរ {column}៖ &apos;{text}&apos;៖ {reason}</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {duplicates} duplicates, {rejected} rejected</source>
        <translation>បានបន្ថែម {added} បានធ្វើបច្ចុប្បន្នភាព {updated} ស្ទួន {duplicates} បានបដិសេធ {rejected}</translation>
    </message>
    <message>
        <source>The rejected rows and their problems are in {path}: correct them there and import that file.</source>
        <translation>ជួរដេកដែលត្រូវបានបដិសេធ និងបញ្ហារបស់វា មាននៅក្នុង {path}៖ សូមកែវានៅទីនោះ ហើយនាំចូលឯកសារនោះ។</translation>
    </message>
    <message>
        <source>Casualties in {year}</source>
        <translation>ជនរងគ្រោះក្នុងឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>Casualties, all years</source>
        <translation>ជនរងគ្រោះ គ្រប់ឆ្នាំ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>ស្លាប់</translation>
    </message>
    <message>
        <source>Injured (all survivors)</source>
        <translation>របួស (អ្នករស់រានមានជីវិតទាំងអស់)</translation>
    </message>
    <message>
        <source>  of whom lost limbs (amputations)</source>
        <translation>  ក្នុងនោះបាត់បង់អវយវៈ (កាត់អវយវៈ)</translation>
    </message>
    <message>
        <source>  injured without amputation</source>
        <translation>  របួសដោយមិនកាត់អវយវៈ</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>ក្មេងប្រុស</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>ក្មេងស្រី</translation>
    </message>
    <message>
        <source>Sex or age unknown</source>
        <translation>មិនស្គាល់ភេទ ឬអាយុ</translation>
    </message>
    <message>
        <source>Total in {year}</source>
        <translation>សរុបក្នុងឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>By device type</source>
        <translation>តាមប្រភេទគ្រាប់</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>តាមស្ថានភាព</translation>
    </message>
    <message>
        <source>By province</source>
        <translation>តាមខេត្ត</translation>
    </message>
    <message>
        <source>Per year: total (killed, injured, lost limbs)</source>
        <translation>ប្រចាំឆ្នាំ៖ សរុប (ស្លាប់ របួស បាត់បង់អវយវៈ)</translation>
    </message>
    <message>
        <source>{n} value(s) of {year} written to {path}</source>
        <translation>បានសរសេរតម្លៃ {n} នៃឆ្នាំ {year} ទៅ {path}</translation>
    </message>
    <message>
        <source>{file}: row {row}, column {column}: &apos;{text}&apos;: {reason}</source>
        <translation>{file}៖ ជួរដេក {row} ជួរឈរ {column}៖ &apos;{text}&apos;៖ {reason}</translation>
    </message>
    <message>
        <source>Committee&apos;s requests for {year}: {added} added, {changed} changed, {unchanged} unchanged</source>
        <translation>សំណើរបស់គណៈកម្មាធិការសម្រាប់ឆ្នាំ {year}៖ បានបន្ថែម {added} បានផ្លាស់ប្ដូរ {changed} មិនផ្លាស់ប្ដូរ {unchanged}</translation>
    </message>
    <message>
        <source>{path} written{draft}.</source>
        <translation>បានសរសេរ {path}{draft}។</translation>
    </message>
    <message>
        <source> (DRAFT)</source>
        <translation> (សេចក្ដីព្រាង)</translation>
    </message>
    <message>
        <source>--acknowledge needs --reason TEXT: the reason is kept in the audit log.</source>
        <translation>--acknowledge ត្រូវការ --reason TEXT៖ មូលហេតុត្រូវបានរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <source>{path} holds nothing for {year} (years with data: {years}); there is nothing to check.</source>
        <translation>{path} គ្មានទិន្នន័យសម្រាប់ឆ្នាំ {year} ទេ (ឆ្នាំដែលមានទិន្នន័យ៖ {years})៖ គ្មានអ្វីត្រូវត្រួតពិនិត្យទេ។</translation>
    </message>
    <message>
        <source>Checks of {year}: {errors} error(s), {warnings} warning(s), {questions} question(s) to look at; {acknowledged} acknowledged.</source>
        <translation>ការត្រួតពិនិត្យឆ្នាំ {year}៖ កំហុស {errors} ការព្រមាន {warnings} សំណួរ {questions} ដែលត្រូវពិនិត្យ៖ បានទទួលស្គាល់ {acknowledged}។</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>កំហុស</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ការព្រមាន</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>សំណួរ</translation>
    </message>
    <message>
        <source>national</source>
        <translation>ជាតិ</translation>
    </message>
    <message>
        <source>register</source>
        <translation>បញ្ជី</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>សេចក្ដីរៀបរាប់</translation>
    </message>
    <message>
        <source>rule {rule}; key {key}</source>
        <translation>ច្បាប់ {rule}៖ កូនសោ {key}</translation>
    </message>
    <message>
        <source>acknowledged by {who} on {at}: {reason}</source>
        <translation>ទទួលស្គាល់ដោយ {who} នៅ {at}៖ {reason}</translation>
    </message>
    <message>
        <source>{n} error(s) block the year&apos;s submission: correct them, or acknowledge each with `cmdesk check --year {year} --db PATH --acknowledge KEY --reason TEXT`.</source>
        <translation>កំហុស {n} រារាំងការដាក់ជូនឆ្នាំនេះ៖ សូមកែវា ឬទទួលស្គាល់កំហុសនីមួយៗដោយ `cmdesk check --year {year} --db PATH --acknowledge KEY --reason TEXT`។</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ផុតកំណត់</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>បានត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>(from the data entered)</source>
        <translation>(ពីទិន្នន័យដែលបានបញ្ចូល)</translation>
    </message>
    <message>
        <source>{date} by {who}</source>
        <translation>{date} ដោយ {who}</translation>
    </message>
    <message>
        <source>(not expected)</source>
        <translation>(មិនរំពឹងទុក)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: give it as YYYY-MM-DD</source>
        <translation>&apos;{text}&apos; មិនមែនជាកាលបរិច្ឆេទទេ៖ សូមសរសេរជា YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{year}: {status} (by {who} on {at} UTC)</source>
        <translation>{year}៖ {status} (ដោយ {who} នៅ {at} UTC)</translation>
    </message>
    <message>
        <source>{year}: {status}</source>
        <translation>{year}៖ {status}</translation>
    </message>
    <message>
        <source>Its data are frozen: `cmdesk year reopen --year {year} --reason TEXT` to change them.</source>
        <translation>ទិន្នន័យរបស់វាត្រូវបានបង្កក៖ `cmdesk year reopen --year {year} --reason TEXT` ដើម្បីផ្លាស់ប្ដូរវា។</translation>
    </message>
    <message>
        <source>{n} unacknowledged error(s) stop it from being marked as checked or submitted (`cmdesk year submit` lists them).</source>
        <translation>កំហុស {n} ដែលមិនទាន់ទទួលស្គាល់ រារាំងវាមិនឱ្យសម្គាល់ថាបានត្រួតពិនិត្យ ឬដាក់ជូន (`cmdesk year submit` រាយវា)។</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>ប្រវត្តិ៖</translation>
    </message>
    <message>
        <source>Snapshots (kept at each submission):</source>
        <translation>ច្បាប់ថតទុក (រក្សាទុករាល់ពេលដាក់ជូន)៖</translation>
    </message>
    <message>
        <source>  {id}  {at}  {who}  ({n} documents)</source>
        <translation>  {id}  {at}  {who}  (ឯកសារ {n})</translation>
    </message>
    <message>
        <source>No snapshots: one is kept when the year is submitted.</source>
        <translation>គ្មានច្បាប់ថតទុកទេ៖ មួយត្រូវបានរក្សាទុកនៅពេលឆ្នាំនេះត្រូវបានដាក់ជូន។</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>កំហុស៖ {message}</translation>
    </message>
    <message>
        <source>{year} is marked as checked.</source>
        <translation>ឆ្នាំ {year} ត្រូវបានសម្គាល់ថាបានត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>{year} is submitted. Snapshot {id} keeps its data and the {n} documents produced: {names}.</source>
        <translation>ឆ្នាំ {year} ត្រូវបានដាក់ជូន។ ច្បាប់ថតទុក {id} រក្សាទិន្នន័យរបស់វា និងឯកសារ {n} ដែលបានបង្កើត៖ {names}។</translation>
    </message>
    <message>
        <source>The year is now frozen; `cmdesk year reopen --year {year} --reason TEXT` to change it.</source>
        <translation>ឥឡូវឆ្នាំនេះត្រូវបានបង្កក៖ `cmdesk year reopen --year {year} --reason TEXT` ដើម្បីផ្លាស់ប្ដូរវា។</translation>
    </message>
    <message>
        <source>{year} is a draft again; its snapshots are kept.</source>
        <translation>ឆ្នាំ {year} ជាសេចក្ដីព្រាងម្ដងទៀត៖ ច្បាប់ថតទុករបស់វានៅដដែល។</translation>
    </message>
    <message>
        <source>{year} has no snapshot yet: one is kept when the year is submitted.</source>
        <translation>ឆ្នាំ {year} មិនទាន់មានច្បាប់ថតទុកទេ៖ មួយត្រូវបានរក្សាទុកនៅពេលឆ្នាំនេះត្រូវបានដាក់ជូន។</translation>
    </message>
    <message>
        <source>{n} document(s) of the snapshot {id} ({at}) written.</source>
        <translation>បានសរសេរឯកសារ {n} នៃច្បាប់ថតទុក {id} ({at})។</translation>
    </message>
    <message>
        <source>CMDesk: victim-assistance reporting for CMAA. With no command, opens the CMDesk window (on the last database, or a demo one).</source>
        <translation>CMDesk៖ ការរាយការណ៍ជំនួយជនរងគ្រោះសម្រាប់ CMAA។ បើគ្មានពាក្យបញ្ជាទេ វាបើកផ្ទាំងបង្អួច CMDesk (លើមូលដ្ឋានទិន្នន័យចុងក្រោយ ឬមូលដ្ឋានទិន្នន័យសាកល្បង)។</translation>
    </message>
    <message>
        <source>the database to open in the window</source>
        <translation>មូលដ្ឋានទិន្នន័យដែលត្រូវបើកក្នុងផ្ទាំងបង្អួច</translation>
    </message>
    <message>
        <source>the language of the messages: en (English) or km (Khmer); default: the one chosen in the window (View &gt; Language), else the system&apos;s</source>
        <translation>ភាសានៃសារ៖ en (អង់គ្លេស) ឬ km (ខ្មែរ)៖ លំនាំដើម៖ ភាសាដែលបានជ្រើសក្នុងផ្ទាំងបង្អួច (ទិដ្ឋភាព &gt; ភាសា) បើមិនដូច្នោះទេ ភាសារបស់ប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>the database file</source>
        <translation>ឯកសារមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>name written to the audit log (default: your login name)</source>
        <translation>ឈ្មោះដែលត្រូវសរសេរក្នុងកំណត់ហេតុសវនកម្ម (លំនាំដើម៖ ឈ្មោះចូលប្រើរបស់អ្នក)</translation>
    </message>
    <message>
        <source>create an empty database with the reference data</source>
        <translation>បង្កើតមូលដ្ឋានទិន្នន័យទទេ ជាមួយទិន្នន័យយោង</translation>
    </message>
    <message>
        <source>the office the database belongs to: &apos;hq&apos; (default) or a province name or code</source>
        <translation>ការិយាល័យដែលមូលដ្ឋានទិន្នន័យនេះជាកម្មសិទ្ធិ៖ &apos;hq&apos; (លំនាំដើម) ឬឈ្មោះ ឬលេខកូដខេត្ត</translation>
    </message>
    <message>
        <source>create the demo database (Cambodia&apos;s published 2024 figures)</source>
        <translation>បង្កើតមូលដ្ឋានទិន្នន័យសាកល្បង (តួលេខឆ្នាំ ២០២៤ ដែលកម្ពុជាបានផ្សព្វផ្សាយ)</translation>
    </message>
    <message>
        <source>print the office, schema version, years present and row counts</source>
        <translation>បោះពុម្ពការិយាល័យ កំណែរចនាសម្ព័ន្ធ ឆ្នាំដែលមាន និងចំនួនជួរ</translation>
    </message>
    <message>
        <source>run SQLite&apos;s integrity check on a database (read-only)</source>
        <translation>ដំណើរការការត្រួតពិនិត្យភាពត្រឹមត្រូវរបស់ SQLite លើមូលដ្ឋានទិន្នន័យ (អានតែប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>copy the database into its backup folder, or to --out</source>
        <translation>ចម្លងមូលដ្ឋានទិន្នន័យទៅក្នុងថតបម្រុងទុករបស់វា ឬទៅ --out</translation>
    </message>
    <message>
        <source>write the copy to this file instead</source>
        <translation>សរសេរច្បាប់ចម្លងទៅឯកសារនេះជំនួសវិញ</translation>
    </message>
    <message>
        <source>run every check over a year and list the findings; exits 1 when errors nobody acknowledged remain</source>
        <translation>ដំណើរការការត្រួតពិនិត្យទាំងអស់លើឆ្នាំមួយ ហើយរាយលទ្ធផល៖ ចេញដោយលេខ 1 នៅពេលនៅសល់កំហុសដែលគ្មាននរណាទទួលស្គាល់</translation>
    </message>
    <message>
        <source>the reporting year</source>
        <translation>ឆ្នាំរាយការណ៍</translation>
    </message>
    <message>
        <source>print a JSON list of findings (severity, rule, message, items, values, ...)</source>
        <translation>បោះពុម្ពបញ្ជីលទ្ធផលជា JSON (severity, rule, message, items, values, ...)</translation>
    </message>
    <message>
        <source>first acknowledge the finding with this key (as printed), with --reason</source>
        <translation>ទទួលស្គាល់លទ្ធផលដែលមានកូនសោនេះជាមុនសិន (ដូចដែលបានបោះពុម្ព) ជាមួយ --reason</translation>
    </message>
    <message>
        <source>why the finding is accepted (kept in the audit log)</source>
        <translation>ហេតុអ្វីបានជាលទ្ធផលនេះត្រូវបានទទួលយក (រក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម)</translation>
    </message>
    <message>
        <source>import data from a file (every row is checked before anything is written)</source>
        <translation>នាំចូលទិន្នន័យពីឯកសារ (ជួរដេកនីមួយៗត្រូវបានត្រួតពិនិត្យ មុនពេលសរសេរអ្វីមួយ)</translation>
    </message>
    <message>
        <source>import aggregate values from a CSV file (year,source,item,part,value,comment; see docs/values-csv.md)</source>
        <translation>នាំចូលតម្លៃសរុបពីឯកសារ CSV (year,source,item,part,value,comment៖ មើល docs/values-csv.md)</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>ឯកសារ CSV</translation>
    </message>
    <message>
        <source>import casualty records from a CSV or xlsx file (see docs/casualties-import.md); rows with problems are rejected and written to a report file, the others imported</source>
        <translation>នាំចូលកំណត់ត្រាជនរងគ្រោះពីឯកសារ CSV ឬ xlsx (មើល docs/casualties-import.md)៖ ជួរដេកដែលមានបញ្ហាត្រូវបានបដិសេធ ហើយសរសេរទៅឯកសាររបាយការណ៍ ជួរដេកផ្សេងទៀតត្រូវបាននាំចូល</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file</source>
        <translation>ឯកសារ .csv ឬ .xlsx</translation>
    </message>
    <message>
        <source>a JSON object mapping the file&apos;s headers to CMDesk&apos;s columns (null: ignore)</source>
        <translation>វត្ថុ JSON ដែលផ្គូផ្គងក្បាលជួរឈររបស់ឯកសារទៅនឹងជួរឈររបស់ CMDesk (null៖ មិនអើពើ)</translation>
    </message>
    <message>
        <source>where to write the rejected rows (default: FILE-rejected.csv beside the file)</source>
        <translation>កន្លែងសរសេរជួរដេកដែលត្រូវបានបដិសេធ (លំនាំដើម៖ FILE-rejected.csv នៅក្បែរឯកសារ)</translation>
    </message>
    <message>
        <source>export data to a file</source>
        <translation>នាំចេញទិន្នន័យទៅឯកសារ</translation>
    </message>
    <message>
        <source>export a year&apos;s aggregate values to a CSV file that `cmdesk import values` reads back</source>
        <translation>នាំចេញតម្លៃសរុបនៃឆ្នាំមួយទៅឯកសារ CSV ដែល `cmdesk import values` អានត្រឡប់មកវិញបាន</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>ឯកសារ CSV ដែលត្រូវសរសេរ</translation>
    </message>
    <message>
        <source>print the figures the reports quote</source>
        <translation>បោះពុម្ពតួលេខដែលរបាយការណ៍ដកស្រង់</translation>
    </message>
    <message>
        <source>the casualty register&apos;s summary for a year, or all years with a per-year series</source>
        <translation>សេចក្ដីសង្ខេបនៃបញ្ជីជនរងគ្រោះសម្រាប់ឆ្នាំមួយ ឬគ្រប់ឆ្នាំ ជាមួយស៊េរីប្រចាំឆ្នាំ</translation>
    </message>
    <message>
        <source>the year (default: all years)</source>
        <translation>ឆ្នាំ (លំនាំដើម៖ គ្រប់ឆ្នាំ)</translation>
    </message>
    <message>
        <source>print JSON (keys as in docs/casualties-import.md)</source>
        <translation>បោះពុម្ពជា JSON (កូនសោដូចក្នុង docs/casualties-import.md)</translation>
    </message>
    <message>
        <source>import the Committee&apos;s requests from its SRAAP tracker spreadsheet (.xlsx, the layout `cmdesk export sraap` writes)</source>
        <translation>នាំចូលសំណើរបស់គណៈកម្មាធិការពីសៀវភៅបញ្ជីតាមដាន SRAAP របស់ខ្លួន (.xlsx ប្លង់ដែល `cmdesk export sraap` សរសេរ)</translation>
    </message>
    <message>
        <source>the tracker</source>
        <translation>សៀវភៅតាមដាន</translation>
    </message>
    <message>
        <source>the reporting year whose report answers these requests</source>
        <translation>ឆ្នាំរាយការណ៍ដែលរបាយការណ៍របស់វាឆ្លើយសំណើទាំងនេះ</translation>
    </message>
    <message>
        <source>write the SRAAP country reporting tracker (.xlsx or .pdf)</source>
        <translation>សរសេរសៀវភៅតាមដានការរាយការណ៍ប្រចាំប្រទេសនៃ SRAAP (.xlsx ឬ .pdf)</translation>
    </message>
    <message>
        <source>write the VA update to the Committee (.xlsx or .pdf)</source>
        <translation>សរសេររបាយការណ៍បច្ចុប្បន្នភាពជំនួយជនរងគ្រោះជូនគណៈកម្មាធិការ (.xlsx ឬ .pdf)</translation>
    </message>
    <message>
        <source>write Form J of the Article 7 report (.xlsx or .pdf)</source>
        <translation>សរសេរទម្រង់ J នៃរបាយការណ៍មាត្រា ៧ (.xlsx ឬ .pdf)</translation>
    </message>
    <message>
        <source>the file to write: FILE.xlsx or FILE.pdf</source>
        <translation>ឯកសារដែលត្រូវសរសេរ៖ FILE.xlsx ឬ FILE.pdf</translation>
    </message>
    <message>
        <source>export even though the year&apos;s figures have errors; every page is marked DRAFT</source>
        <translation>នាំចេញទោះបីតួលេខរបស់ឆ្នាំនេះមានកំហុសក៏ដោយ៖ ទំព័រនីមួយៗត្រូវបានសម្គាល់ថា សេចក្ដីព្រាង (DRAFT)</translation>
    </message>
    <message>
        <source>list, for each reporting source and section, whether a return is expected, its due date, when it was received and checked, and what is missing or overdue</source>
        <translation>រាយ សម្រាប់ប្រភពរាយការណ៍ និងផ្នែកនីមួយៗ ថាតើរំពឹងថានឹងមានរបាយការណ៍ឬទេ ថ្ងៃផុតកំណត់ ពេលបានទទួល និងបានត្រួតពិនិត្យ និងអ្វីដែលខ្វះ ឬហួសកំណត់</translation>
    </message>
    <message>
        <source>judge what is overdue on this day (default: today)</source>
        <translation>វិនិច្ឆ័យអ្វីដែលហួសកំណត់នៅថ្ងៃនេះ (លំនាំដើម៖ ថ្ងៃនេះ)</translation>
    </message>
    <message>
        <source>print JSON: a list of objects with year, source, source_name, section, section_label, expected, due, received_on, received_from_data, checked_by, checked_at, status</source>
        <translation>បោះពុម្ពជា JSON៖ បញ្ជីវត្ថុដែលមាន year, source, source_name, section, section_label, expected, due, received_on, received_from_data, checked_by, checked_at, status</translation>
    </message>
    <message>
        <source>a reporting year&apos;s sign-off: status, mark as checked, submit (keeps a snapshot and freezes the year), reopen, compare</source>
        <translation>ការអនុម័តឆ្នាំរាយការណ៍៖ ស្ថានភាព សម្គាល់ថាបានត្រួតពិនិត្យ ដាក់ជូន (រក្សាច្បាប់ថតទុក និងបង្កកឆ្នាំ) បើកឡើងវិញ ប្រៀបធៀប</translation>
    </message>
    <message>
        <source>print the year&apos;s status (Draft, Checked, Submitted), who set it and when, its history and its snapshots</source>
        <translation>បោះពុម្ពស្ថានភាពរបស់ឆ្នាំ (សេចក្ដីព្រាង បានត្រួតពិនិត្យ បានដាក់ជូន) អ្នកកំណត់ និងពេលវេលា ប្រវត្តិ និងច្បាប់ថតទុករបស់វា</translation>
    </message>
    <message>
        <source>mark the year as checked (refused while it has unacknowledged errors)</source>
        <translation>សម្គាល់ឆ្នាំនេះថាបានត្រួតពិនិត្យ (ត្រូវបានបដិសេធ ពេលវានៅមានកំហុសដែលមិនទាន់ទទួលស្គាល់)</translation>
    </message>
    <message>
        <source>submit the year: keep a snapshot of its data and documents and freeze it (refused, with the errors listed, while it has unacknowledged errors)</source>
        <translation>ដាក់ជូនឆ្នាំនេះ៖ រក្សាច្បាប់ថតទុកនៃទិន្នន័យ និងឯកសាររបស់វា ហើយបង្កកវា (ត្រូវបានបដិសេធ ដោយរាយកំហុស ពេលវានៅមានកំហុសដែលមិនទាន់ទទួលស្គាល់)</translation>
    </message>
    <message>
        <source>make a checked or submitted year a draft again, with a reason (its snapshots are kept)</source>
        <translation>ធ្វើឱ្យឆ្នាំដែលបានត្រួតពិនិត្យ ឬបានដាក់ជូន ក្លាយជាសេចក្ដីព្រាងម្ដងទៀត ដោយមានមូលហេតុ (ច្បាប់ថតទុករបស់វានៅដដែល)</translation>
    </message>
    <message>
        <source>what changed since a snapshot (default: the latest) in today&apos;s data, or in another snapshot, by whom and when</source>
        <translation>អ្វីដែលបានផ្លាស់ប្ដូរតាំងពីច្បាប់ថតទុកមួយ (លំនាំដើម៖ ចុងក្រោយបំផុត) ក្នុងទិន្នន័យថ្ងៃនេះ ឬក្នុងច្បាប់ថតទុកមួយទៀត ដោយនរណា និងនៅពេលណា</translation>
    </message>
    <message>
        <source>write the documents a snapshot kept (as they were sent) into a folder</source>
        <translation>សរសេរឯកសារដែលច្បាប់ថតទុកបានរក្សាទុក (ដូចដែលបានផ្ញើ) ទៅក្នុងថតមួយ</translation>
    </message>
    <message>
        <source>why (kept in the audit log); required to reopen</source>
        <translation>ហេតុអ្វី (រក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម)៖ ចាំបាច់ដើម្បីបើកឡើងវិញ</translation>
    </message>
    <message>
        <source>the snapshot (its id, or the first characters `year status` prints; default: the latest)</source>
        <translation>ច្បាប់ថតទុក (លេខសម្គាល់របស់វា ឬតួអក្សរដំបូងដែល `year status` បោះពុម្ព៖ លំនាំដើម៖ ចុងក្រោយបំផុត)</translation>
    </message>
    <message>
        <source>compare with this snapshot instead of today&apos;s data</source>
        <translation>ប្រៀបធៀបជាមួយច្បាប់ថតទុកនេះ ជំនួសឱ្យទិន្នន័យថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>show the values of casualty records&apos; personal fields (name, village, coordinates)</source>
        <translation>បង្ហាញតម្លៃនៃវាលព័ត៌មានផ្ទាល់ខ្លួនរបស់កំណត់ត្រាជនរងគ្រោះ (ឈ្មោះ ភូមិ កូអរដោនេ)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>បោះពុម្ពជា JSON</translation>
    </message>
    <message>
        <source>the folder to write the documents into</source>
        <translation>ថតដែលត្រូវសរសេរឯកសារចូល</translation>
    </message>
    <message>
        <source>replace files of the same names in the folder</source>
        <translation>ជំនួសឯកសារដែលមានឈ្មោះដូចគ្នានៅក្នុងថត</translation>
    </message>
</context>
<context>
    <name>Casualties</name>
    <message>
        <source>CMVIS number</source>
        <translation>លេខ CMVIS</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>ឃុំ</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>រយៈទទឹង</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>រយៈបណ្ដោយ</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>ប្រភេទគ្រាប់</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Amputation</source>
        <translation>កាត់អវយវៈ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>ក្រុមអាយុ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>Antipersonnel mine</source>
        <translation>មីនប្រឆាំងមនុស្ស</translation>
    </message>
    <message>
        <source>Antivehicle mine</source>
        <translation>មីនប្រឆាំងយានយន្ត</translation>
    </message>
    <message>
        <source>Unexploded submunition</source>
        <translation>គ្រាប់បែកចង្កោមតូចមិនទាន់ផ្ទុះ</translation>
    </message>
    <message>
        <source>Other ERW</source>
        <translation>សំណល់ជាតិផ្ទុះពីសង្គ្រាមផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Improvised mine</source>
        <translation>មីនច្នៃប្រឌិត</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>ស្លាប់</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>របួស</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>Civilian</source>
        <translation>ជនស៊ីវិល</translation>
    </message>
    <message>
        <source>Deminer</source>
        <translation>អ្នកដោះមីន</translation>
    </message>
    <message>
        <source>Military or security forces</source>
        <translation>កងកម្លាំងយោធា ឬសន្ដិសុខ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>មនុស្សពេញវ័យ</translation>
    </message>
    <message>
        <source>Child (under 18)</source>
        <translation>កុមារ (អាយុក្រោម ១៨ ឆ្នាំ)</translation>
    </message>
    <message>
        <source>not a {field} CMDesk knows. Write one of: {codes} (other accepted spellings are listed in docs/casualties-import.md).</source>
        <translation>មិនមែនជា{field}ដែល CMDesk ស្គាល់ទេ។ សូមសរសេរមួយក្នុងចំណោម៖ {codes} (អក្ខរាវិរុទ្ធផ្សេងទៀតដែលទទួលយក មានរាយក្នុង docs/casualties-import.md)។</translation>
    </message>
    <message>
        <source>this date is in the future. Check the date.</source>
        <translation>កាលបរិច្ឆេទនេះនៅថ្ងៃអនាគត។ សូមពិនិត្យកាលបរិច្ឆេទ។</translation>
    </message>
    <message>
        <source>not a date CMDesk reads. Write 2024-03-15, 15/03/2024, or 2024-03 when the day is not known.</source>
        <translation>មិនមែនជាកាលបរិច្ឆេទដែល CMDesk អានបានទេ។ សូមសរសេរ 2024-03-15, 15/03/2024 ឬ 2024-03 នៅពេលមិនដឹងថ្ងៃ។</translation>
    </message>
    <message>
        <source>there is no month {month}. Write 2024-03-15, 15/03/2024 or 2024-03.</source>
        <translation>គ្មានខែ {month} ទេ។ សូមសរសេរ 2024-03-15, 15/03/2024 ឬ 2024-03។</translation>
    </message>
    <message>
        <source>there is no day {day} in month {month} of {year}. Write 2024-03 when the day is not known.</source>
        <translation>គ្មានថ្ងៃទី {day} ក្នុងខែ {month} នៃឆ្នាំ {year} ទេ។ សូមសរសេរ 2024-03 នៅពេលមិនដឹងថ្ងៃ។</translation>
    </message>
    <message>
        <source>before {first}, when the register starts. Check the year.</source>
        <translation>មុនឆ្នាំ {first} ដែលជាពេលបញ្ជីចាប់ផ្ដើម។ សូមពិនិត្យឆ្នាំ។</translation>
    </message>
    <message>
        <source>not an age. Write the age in whole years, for example 34, or leave it empty and give the age group.</source>
        <translation>មិនមែនជាអាយុទេ។ សូមសរសេរអាយុជាចំនួនឆ្នាំគត់ ឧទាហរណ៍ 34 ឬទុកវាឱ្យទទេ ហើយផ្ដល់ក្រុមអាយុ។</translation>
    </message>
    <message>
        <source>an age of {age} is not possible. Check the age, or leave it empty and give the age group.</source>
        <translation>អាយុ {age} មិនអាចទៅរួចទេ។ សូមពិនិត្យអាយុ ឬទុកវាឱ្យទទេ ហើយផ្ដល់ក្រុមអាយុ។</translation>
    </message>
    <message>
        <source>not a province of Cambodia. Write its name in English or Khmer (Battambang, បាត់ដំបង) or its two-digit code (02).</source>
        <translation>មិនមែនជាខេត្តរបស់កម្ពុជាទេ។ សូមសរសេរឈ្មោះរបស់វាជាភាសាអង់គ្លេស ឬខ្មែរ (Battambang, បាត់ដំបង) ឬលេខកូដពីរខ្ទង់របស់វា (02)។</translation>
    </message>
    <message>
        <source>not a number. Write decimal degrees, for example 13.0957.</source>
        <translation>មិនមែនជាលេខទេ។ សូមសរសេរជាដឺក្រេទសភាគ ឧទាហរណ៍ 13.0957។</translation>
    </message>
    <message>
        <source>outside Cambodia ({column} {low} to {high}). Check the figure, and that latitude and longitude are not swapped.</source>
        <translation>នៅក្រៅប្រទេសកម្ពុជា ({column} ពី {low} ដល់ {high})។ សូមពិនិត្យតួលេខ ហើយថារយៈទទឹង និងរយៈបណ្ដោយមិនត្រូវបានប្ដូរគ្នា។</translation>
    </message>
    <message>
        <source>CMDesk has no column &apos;{name}&apos;. The columns are: {columns}.</source>
        <translation>CMDesk គ្មានជួរឈរ &apos;{name}&apos; ទេ។ ជួរឈរគឺ៖ {columns}។</translation>
    </message>
    <message>
        <source>longer than {n} characters. Shorten it.</source>
        <translation>វែងជាង {n} តួអក្សរ។ សូមធ្វើឱ្យវាខ្លីជាងនេះ។</translation>
    </message>
    <message>
        <source>the {field} is empty. Write {codes}.</source>
        <translation>{field} ទទេ។ សូមសរសេរ {codes}។</translation>
    </message>
    <message>
        <source>killed or injured</source>
        <translation>ស្លាប់ ឬរបួស</translation>
    </message>
    <message>
        <source>the age is {age}, so the age group is {derived} (a child is under 18), not {group}. Correct the age or the age group.</source>
        <translation>អាយុគឺ {age} ដូច្នេះក្រុមអាយុគឺ {derived} (កុមារមានអាយុក្រោម ១៨ ឆ្នាំ) មិនមែន {group} ទេ។ សូមកែអាយុ ឬក្រុមអាយុ។</translation>
    </message>
    <message>
        <source>give both the latitude and the longitude, or neither.</source>
        <translation>សូមផ្ដល់ទាំងរយៈទទឹង និងរយៈបណ្ដោយ ឬមិនផ្ដល់ទាំងពីរ។</translation>
    </message>
    <message>
        <source>an amputation is recorded on injured people only, and the outcome is killed. Correct the outcome or the amputation.</source>
        <translation>ការកាត់អវយវៈត្រូវបានកត់ត្រាសម្រាប់តែអ្នករបួសប៉ុណ្ណោះ ប៉ុន្តែលទ្ធផលគឺស្លាប់។ សូមកែលទ្ធផល ឬការកាត់អវយវៈ។</translation>
    </message>
</context>
<context>
    <name>CasualtiesImport</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>ការនាំចូលត្រូវបានបោះបង់៖ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <source>{path} cannot be read as an Excel workbook ({detail}). Open it in Excel and save it again as an .xlsx file, or save it as CSV UTF-8.</source>
        <translation>មិនអាចអាន {path} ជាសៀវភៅបញ្ជី Excel បានទេ ({detail})។ សូមបើកវាក្នុង Excel ហើយរក្សាទុកវាម្ដងទៀតជាឯកសារ .xlsx ឬរក្សាទុកវាជា CSV UTF-8។</translation>
    </message>
    <message>
        <source>Cannot read {path}: there is no such file.</source>
        <translation>មិនអាចអាន {path} បានទេ៖ គ្មានឯកសារនេះទេ។</translation>
    </message>
    <message>
        <source>{path}: CMDesk imports casualty records from .csv and .xlsx files. Save the file in one of those formats.</source>
        <translation>{path}៖ CMDesk នាំចូលកំណត់ត្រាជនរងគ្រោះពីឯកសារ .csv និង .xlsx។ សូមរក្សាទុកឯកសារជាទម្រង់មួយក្នុងចំណោមទម្រង់ទាំងនោះ។</translation>
    </message>
    <message>
        <source>{path} is empty. Its first row must name the columns, for example {columns}.</source>
        <translation>{path} ទទេ។ ជួរដេកទីមួយរបស់វាត្រូវតែដាក់ឈ្មោះជួរឈរ ឧទាហរណ៍ {columns}។</translation>
    </message>
    <message>
        <source>Cannot read the column map {path}: {reason}.</source>
        <translation>មិនអាចអានផែនទីជួរឈរ {path} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>The column map {path} is not JSON ({detail}). Write it as {{&quot;File header&quot;: &quot;incident_date&quot;, &quot;Other header&quot;: null}}.</source>
        <translation>ផែនទីជួរឈរ {path} មិនមែនជា JSON ទេ ({detail})។ សូមសរសេរវាជា {{&quot;File header&quot;: &quot;incident_date&quot;, &quot;Other header&quot;: null}}។</translation>
    </message>
    <message>
        <source>The column map {path} must be one JSON object from a header to a column name or null, for example {{&quot;Date&quot;: &quot;incident_date&quot;}}.</source>
        <translation>ផែនទីជួរឈរ {path} ត្រូវតែជាវត្ថុ JSON មួយ ពីក្បាលជួរឈរទៅឈ្មោះជួរឈរ ឬ null ឧទាហរណ៍ {{&quot;Date&quot;: &quot;incident_date&quot;}}។</translation>
    </message>
    <message>
        <source>unknown column(s) {names}</source>
        <translation>ជួរឈរដែលមិនស្គាល់ {names}</translation>
    </message>
    <message>
        <source>mapped to no CMDesk column: {names}</source>
        <translation>មិនបានផ្គូផ្គងទៅជួរឈរណាមួយរបស់ CMDesk ទេ៖ {names}</translation>
    </message>
    <message>
        <source>given twice: {names}</source>
        <translation>ផ្ដល់ឱ្យពីរដង៖ {names}</translation>
    </message>
    <message>
        <source>column(s) {names} hold data but have no header</source>
        <translation>ជួរឈរ {names} មានទិន្នន័យ ប៉ុន្តែគ្មានក្បាលជួរឈរ</translation>
    </message>
    <message>
        <source>{path}, row {row} (the header): {found}. Name the columns {columns}, or map the file&apos;s headers to them (--map, see docs/casualties-import.md).</source>
        <translation>{path} ជួរដេក {row} (ក្បាលជួរឈរ)៖ {found}។ សូមដាក់ឈ្មោះជួរឈរ {columns} ឬផ្គូផ្គងក្បាលជួរឈររបស់ឯកសារទៅនឹងវា (--map មើល docs/casualties-import.md)។</translation>
    </message>
    <message>
        <source>{path}, row {row} (the header): no column gives the outcome (killed or injured), which every record needs.</source>
        <translation>{path} ជួរដេក {row} (ក្បាលជួរឈរ)៖ គ្មានជួរឈរណាផ្ដល់លទ្ធផល (ស្លាប់ ឬរបួស) ដែលកំណត់ត្រានីមួយៗត្រូវការទេ។</translation>
    </message>
    <message>
        <source>this row would change the casualty records of {year}: {why}</source>
        <translation>ជួរដេកនេះនឹងផ្លាស់ប្ដូរកំណត់ត្រាជនរងគ្រោះនៃឆ្នាំ {year}៖ {why}</translation>
    </message>
    <message>
        <source>this cell is under no column CMDesk reads. Move its text to the &apos;notes&apos; column or delete it.</source>
        <translation>ក្រឡានេះមិននៅក្រោមជួរឈរណាដែល CMDesk អានទេ។ សូមផ្លាស់ទីអត្ថបទរបស់វាទៅជួរឈរ &apos;notes&apos; ឬលុបវាចោល។</translation>
    </message>
    <message>
        <source>row {first} already gives CMVIS number {id}. Keep one of the two rows, or correct the number.</source>
        <translation>ជួរដេក {first} បានផ្ដល់លេខ CMVIS {id} រួចហើយ។ សូមរក្សាជួរដេកមួយក្នុងចំណោមជួរដេកទាំងពីរ ឬកែលេខ។</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to {path}: {reason}. If the file is open in Excel, close it; otherwise give another file.</source>
        <translation>មិនអាចសរសេរជួរដេកដែលត្រូវបានបដិសេធទៅ {path} បានទេ៖ {reason}។ ប្រសិនបើឯកសារកំពុងបើកក្នុង Excel សូមបិទវា បើមិនដូច្នោះទេ សូមផ្ដល់ឯកសារផ្សេង។</translation>
    </message>
</context>
<context>
    <name>CasualtiesPage</name>
    <message>
        <source>Casualty register</source>
        <translation>បញ្ជីជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>បញ្ជី</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>ករណីអាចស្ទួន</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>មិនធ្វើវិញ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ធ្វើវិញ</translation>
    </message>
    <message>
        <source>Search CMVIS number, district, commune, village or name</source>
        <translation>ស្វែងរកលេខ CMVIS ស្រុក ឃុំ ភូមិ ឬឈ្មោះ</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>គ្រប់ឆ្នាំ</translation>
    </message>
    <message>
        <source>from (YYYY-MM-DD)</source>
        <translation>ពី (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>to (YYYY-MM-DD)</source>
        <translation>ដល់ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Show personal details</source>
        <translation>បង្ហាញព័ត៌មានផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>Names, villages and coordinates are personal data: shown only when asked for.</source>
        <translation>ឈ្មោះ ភូមិ និងកូអរដោនេ គឺជាទិន្នន័យផ្ទាល់ខ្លួន៖ បង្ហាញតែពេលដែលបានស្នើសុំប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>គ្រប់ខេត្ត</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>គ្រប់ប្រភេទគ្រាប់</translation>
    </message>
    <message>
        <source>Killed and injured</source>
        <translation>ស្លាប់ និងរបួស</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>គ្រប់ស្ថានភាព</translation>
    </message>
    <message>
        <source>Any sex</source>
        <translation>គ្រប់ភេទ</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>គ្រប់អាយុ</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>បន្ថែម… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>កែសម្រួល… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>លុប (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>នាំចូល… (&amp;I)</translation>
    </message>
    <message>
        <source>Records with the same date, province, sex, age and device type may be the same casualty. Select the record to keep and merge the group into it, or mark the group as different casualties.</source>
        <translation>កំណត់ត្រាដែលមានកាលបរិច្ឆេទ ខេត្ត ភេទ អាយុ និងប្រភេទគ្រាប់ដូចគ្នា អាចជាជនរងគ្រោះតែមួយ។ សូមជ្រើសកំណត់ត្រាដែលត្រូវរក្សាទុក ហើយបញ្ចូលក្រុមនោះទៅក្នុងវា ឬសម្គាល់ក្រុមនោះថាជាជនរងគ្រោះផ្សេងៗគ្នា។</translation>
    </message>
    <message>
        <source>Group / CMVIS number</source>
        <translation>ក្រុម / លេខ CMVIS</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>បានបញ្ចូល</translation>
    </message>
    <message>
        <source>&amp;Merge into the selected record</source>
        <translation>បញ្ចូលទៅក្នុងកំណត់ត្រាដែលបានជ្រើស (&amp;M)</translation>
    </message>
    <message>
        <source>Mark as &amp;distinct</source>
        <translation>សម្គាល់ថាផ្សេងគ្នា (&amp;D)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>ស្លាប់</translation>
    </message>
    <message>
        <source>Injured (all survivors)</source>
        <translation>របួស (អ្នករស់រានមានជីវិតទាំងអស់)</translation>
    </message>
    <message>
        <source>  injured, no amputation</source>
        <translation>  របួស មិនកាត់អវយវៈ</translation>
    </message>
    <message>
        <source>  lost limbs (amputations)</source>
        <translation>  បាត់បង់អវយវៈ (កាត់អវយវៈ)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>ក្មេងប្រុស</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>ក្មេងស្រី</translation>
    </message>
    <message>
        <source>Sex or age unknown</source>
        <translation>មិនស្គាល់ភេទ ឬអាយុ</translation>
    </message>
    <message>
        <source>Previous year&apos;s total</source>
        <translation>សរុបឆ្នាំមុន</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>រក្សាទុកតារាងក្រាហ្វជា PNG…</translation>
    </message>
    <message>
        <source>The records of {years} cannot be changed: reopen the year on Overview to change them.</source>
        <translation>មិនអាចផ្លាស់ប្ដូរកំណត់ត្រានៃឆ្នាំ {years} បានទេ៖ សូមបើកឆ្នាំនោះឡើងវិញនៅលើទំព័រទិដ្ឋភាពទូទៅ ដើម្បីផ្លាស់ប្ដូរវា។</translation>
    </message>
    <message>
        <source>{n:,} record(s)</source>
        <translation>កំណត់ត្រា {n:,}</translation>
    </message>
    <message>
        <source>{n:,} of {total:,} record(s) match</source>
        <translation>កំណត់ត្រា {n:,} ក្នុងចំណោម {total:,} ត្រូវគ្នា</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>មិនធ្វើវិញ៖ {what}</translation>
    </message>
    <message>
        <source>Redo: {what}</source>
        <translation>ធ្វើវិញ៖ {what}</translation>
    </message>
    <message>
        <source>Cannot change the casualty register</source>
        <translation>មិនអាចផ្លាស់ប្ដូរបញ្ជីជនរងគ្រោះបានទេ</translation>
    </message>
    <message>
        <source>Saved as asked; it is listed under Possible duplicates with {n} other record(s).</source>
        <translation>បានរក្សាទុកតាមការស្នើ៖ វាត្រូវបានរាយក្រោម «ករណីអាចស្ទួន» ជាមួយកំណត់ត្រាផ្សេងទៀត {n}។</translation>
    </message>
    <message>
        <source>This record cannot be changed</source>
        <translation>មិនអាចផ្លាស់ប្ដូរកំណត់ត្រានេះបានទេ</translation>
    </message>
    <message>
        <source>Import casualty records</source>
        <translation>នាំចូលកំណត់ត្រាជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Casualty files (*.csv *.xlsx);;All files (*)</source>
        <translation>ឯកសារជនរងគ្រោះ (*.csv *.xlsx);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>កំពុងអាន {name}…</translation>
    </message>
    <message>
        <source>The import was cancelled; the register is as it was.</source>
        <translation>ការនាំចូលត្រូវបានបោះបង់៖ បញ្ជីនៅដដែល។</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>កំពុងត្រួតពិនិត្យ {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>កំពុងនាំចូល {name}…</translation>
    </message>
    <message>
        <source>{name}: {added} added, {updated} updated, {duplicates} already in the register, {rejected} rejected.</source>
        <translation>{name}៖ បានបន្ថែម {added} បានធ្វើបច្ចុប្បន្នភាព {updated} មានក្នុងបញ្ជីរួចហើយ {duplicates} បានបដិសេធ {rejected}។</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows of {name}</source>
        <translation>មិនអាចសរសេរជួរដេកដែលត្រូវបានបដិសេធរបស់ {name} បានទេ</translation>
    </message>
    <message>
        <source>The rejected rows and their problems are in {path}.</source>
        <translation>ជួរដេកដែលត្រូវបានបដិសេធ និងបញ្ហារបស់វា មាននៅក្នុង {path}។</translation>
    </message>
    <message>
        <source>Cannot import {name}</source>
        <translation>មិនអាចនាំចូល {name} បានទេ</translation>
    </message>
    <message>
        <source>province unknown</source>
        <translation>មិនស្គាល់ខេត្ត</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>មិនស្គាល់អាយុ</translation>
    </message>
    <message>
        <source>{title} ({n} records)</source>
        <translation>{title} (កំណត់ត្រា {n})</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(គ្មានលេខ)</translation>
    </message>
    <message>
        <source>{n} group(s) of possible duplicates</source>
        <translation>ក្រុមនៃករណីអាចស្ទួន {n}</translation>
    </message>
    <message>
        <source>Casualties in {year}</source>
        <translation>ជនរងគ្រោះក្នុងឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>By device: {devices}
By status: {statuses}
Since records began: {total:,}</source>
        <translation>តាមប្រភេទគ្រាប់៖ {devices}
តាមស្ថានភាព៖ {statuses}
ចាប់តាំងពីចាប់ផ្ដើមកត់ត្រា៖ {total:,}</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>រក្សាទុកតារាងក្រាហ្វជា PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>រូបភាព PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation>មិនអាចរក្សាទុកតារាងក្រាហ្វបានទេ</translation>
    </message>
</context>
<context>
    <name>CasualtyDialog</name>
    <message>
        <source>Edit casualty record</source>
        <translation>កែសម្រួលកំណត់ត្រាជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Add a casualty record</source>
        <translation>បន្ថែមកំណត់ត្រាជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>CMVIS number, if known</source>
        <translation>លេខ CMVIS ប្រសិនបើដឹង</translation>
    </message>
    <message>
        <source>2024-03-15, 15/03/2024, or 2024-03 if the day is unknown</source>
        <translation>2024-03-15, 15/03/2024 ឬ 2024-03 ប្រសិនបើមិនដឹងថ្ងៃ</translation>
    </message>
    <message>
        <source>e.g. 13.0957</source>
        <translation>ឧ. 13.0957</translation>
    </message>
    <message>
        <source>e.g. 103.2022</source>
        <translation>ឧ. 103.2022</translation>
    </message>
    <message>
        <source>years; empty if not known</source>
        <translation>ឆ្នាំ៖ ទុកទទេ ប្រសិនបើមិនដឹង</translation>
    </message>
    <message>
        <source>e.g. farming, collecting scrap metal</source>
        <translation>ឧ. ធ្វើស្រែចម្ការ ប្រមូលអេតចាយដែក</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(មិនដឹង)</translation>
    </message>
    <message>
        <source>choose the province first</source>
        <translation>សូមជ្រើសខេត្តជាមុនសិន</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(ជ្រើស)</translation>
    </message>
    <message>
        <source>{month:02d}/{year}, day not known</source>
        <translation>{month:02d}/{year} មិនដឹងថ្ងៃ</translation>
    </message>
    <message>
        <source>This may be the same casualty as {n} record(s) already in the register, with the same date, province, sex, age and device type (first: {id}). Click OK again to save it anyway, or Cancel.</source>
        <translation>នេះអាចជាជនរងគ្រោះតែមួយនឹងកំណត់ត្រា {n} ដែលមានក្នុងបញ្ជីរួចហើយ ដែលមានកាលបរិច្ឆេទ ខេត្ត ភេទ អាយុ និងប្រភេទគ្រាប់ដូចគ្នា (ទីមួយ៖ {id})។ សូមចុច «យល់ព្រម» ម្ដងទៀតដើម្បីរក្សាទុកវាទោះជាយ៉ាងណាក៏ដោយ ឬ «បោះបង់»។</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>the code {code} is already used (codes are never reused, even for retired items)</source>
        <translation>លេខកូដ {code} ត្រូវបានប្រើរួចហើយ (លេខកូដមិនដែលប្រើឡើងវិញទេ សូម្បីតែសម្រាប់ធាតុដែលឈប់ប្រើ)</translation>
    </message>
    <message>
        <source>the code must be lowercase letters, digits, &apos;_&apos; and &apos;.&apos;, starting with a letter (for example svc.home_visits)</source>
        <translation>លេខកូដត្រូវតែជាអក្សរតូច លេខ &apos;_&apos; និង &apos;.&apos; ដោយចាប់ផ្ដើមដោយអក្សរ (ឧទាហរណ៍ svc.home_visits)</translation>
    </message>
    <message>
        <source>The item cannot be added: {problems}.</source>
        <translation>មិនអាចបន្ថែមធាតុនេះបានទេ៖ {problems}។</translation>
    </message>
    <message>
        <source>An item needs a label.</source>
        <translation>ធាតុមួយត្រូវការស្លាក។</translation>
    </message>
    <message>
        <source>{name} is a fixed reporting source; only the rehabilitation centres&apos; names can be changed.</source>
        <translation>{name} ជាប្រភពរាយការណ៍ថេរ៖ មានតែឈ្មោះមជ្ឈមណ្ឌលស្ដារនីតិសម្បទាប៉ុណ្ណោះដែលអាចផ្លាស់ប្ដូរបាន។</translation>
    </message>
    <message>
        <source>A reporting source needs a name.</source>
        <translation>ប្រភពរាយការណ៍មួយត្រូវការឈ្មោះ។</translation>
    </message>
    <message>
        <source>it needs a label</source>
        <translation>វាត្រូវការស្លាក</translation>
    </message>
    <message>
        <source>unknown group &apos;{group}&apos;</source>
        <translation>ក្រុមដែលមិនស្គាល់ &apos;{group}&apos;</translation>
    </message>
    <message>
        <source>unknown unit &apos;{unit}&apos;</source>
        <translation>ឯកតាដែលមិនស្គាល់ &apos;{unit}&apos;</translation>
    </message>
    <message>
        <source>unknown part(s) {parts}</source>
        <translation>ផ្នែកដែលមិនស្គាល់ {parts}</translation>
    </message>
    <message>
        <source>unknown kind &apos;{kind}&apos;</source>
        <translation>ប្រភេទដែលមិនស្គាល់ &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>a stated total needs the items it should add up</source>
        <translation>សរុបដែលបានប្រកាស ត្រូវការធាតុដែលវាគួរតែបូកបញ្ចូល</translation>
    </message>
    <message>
        <source>unknown component(s) {codes}</source>
        <translation>ធាតុផ្សំដែលមិនស្គាល់ {codes}</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Items and reporting sources</source>
        <translation>ធាតុ និងប្រភពរាយការណ៍</translation>
    </message>
    <message>
        <source>The items staff enter each year. Renaming or retiring an item never changes or hides the values stored for it: a retired item is no longer offered for new years, and still shows in every year that has a value for it.</source>
        <translation>ធាតុដែលបុគ្គលិកបញ្ចូលរៀងរាល់ឆ្នាំ។ ការប្ដូរឈ្មោះ ឬការឈប់ប្រើធាតុមួយ មិនដែលផ្លាស់ប្ដូរ ឬលាក់តម្លៃដែលបានរក្សាទុកសម្រាប់វាទេ៖ ធាតុដែលឈប់ប្រើ លែងត្រូវបានផ្ដល់ជូនសម្រាប់ឆ្នាំថ្មីទៀតហើយ ហើយនៅតែបង្ហាញក្នុងគ្រប់ឆ្នាំដែលមានតម្លៃសម្រាប់វា។</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ក្រុម</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ឯកតា</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Add an item…</source>
        <translation>បន្ថែមធាតុ…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>ប្ដូរឈ្មោះ…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>ឈប់ប្រើ</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>ធាតុ</translation>
    </message>
    <message>
        <source>Where figures come from. The rehabilitation centres&apos; names can be set here once they are known.</source>
        <translation>ប្រភពនៃតួលេខ។ ឈ្មោះមជ្ឈមណ្ឌលស្ដារនីតិសម្បទាអាចកំណត់នៅទីនេះ នៅពេលដឹង។</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Reporting sources</source>
        <translation>ប្រភពរាយការណ៍</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>ឈប់ប្រើ</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>កំពុងប្រើ</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>យកមកប្រើវិញ</translation>
    </message>
    <message>
        <source>Rename an item</source>
        <translation>ប្ដូរឈ្មោះធាតុ</translation>
    </message>
    <message>
        <source>New label for {code}:</source>
        <translation>ស្លាកថ្មីសម្រាប់ {code}៖</translation>
    </message>
    <message>
        <source>Rename a reporting source</source>
        <translation>ប្ដូរឈ្មោះប្រភពរាយការណ៍</translation>
    </message>
    <message>
        <source>Name of {code}:</source>
        <translation>ឈ្មោះរបស់ {code}៖</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>none the year before</source>
        <translation>គ្មានក្នុងឆ្នាំមុន</translation>
    </message>
    <message>
        <source>of {date} in {province}</source>
        <translation>នៃ {date} ក្នុង {province}</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>មិនស្គាល់កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>unknown province</source>
        <translation>មិនស្គាល់ខេត្ត</translation>
    </message>
    <message>
        <source>an unknown province</source>
        <translation>ខេត្តដែលមិនស្គាល់</translation>
    </message>
    <message>
        <source>This finding was not acknowledged.</source>
        <translation>លទ្ធផលនេះមិនត្រូវបានទទួលស្គាល់ទេ។</translation>
    </message>
    <message>
        <source>{year} has no finding &apos;{key}&apos; today: its figures may have changed. Run the checks again and use a key they print.</source>
        <translation>ឆ្នាំ {year} គ្មានលទ្ធផល &apos;{key}&apos; នៅថ្ងៃនេះទេ៖ តួលេខរបស់វាប្រហែលជាបានផ្លាស់ប្ដូរ។ សូមដំណើរការការត្រួតពិនិត្យម្ដងទៀត ហើយប្រើកូនសោដែលវាបោះពុម្ព។</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Which column is which?</source>
        <translation>ជួរឈរណាជាអ្វី?</translation>
    </message>
    <message>
        <source>The file&apos;s columns are not named as CMDesk&apos;s. Choose what each holds; CMDesk remembers the choice for files with these columns.</source>
        <translation>ជួរឈររបស់ឯកសារមិនមានឈ្មោះដូចរបស់ CMDesk ទេ។ សូមជ្រើសអ្វីដែលជួរឈរនីមួយៗផ្ទុក៖ CMDesk ចងចាំជម្រើសនេះសម្រាប់ឯកសារដែលមានជួរឈរទាំងនេះ។</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ជួរឈរក្នុងឯកសារ</translation>
    </message>
    <message>
        <source>CMDesk column</source>
        <translation>ជួរឈររបស់ CMDesk</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(ទុកចោល)</translation>
    </message>
    <message>
        <source>Each CMDesk column can be chosen once: {columns}.</source>
        <translation>ជួរឈរនីមួយៗរបស់ CMDesk អាចជ្រើសបានតែម្ដង៖ {columns}។</translation>
    </message>
    <message>
        <source>Choose the column that gives the outcome (killed or injured): every record needs it.</source>
        <translation>សូមជ្រើសជួរឈរដែលផ្ដល់លទ្ធផល (ស្លាប់ ឬរបួស)៖ កំណត់ត្រានីមួយៗត្រូវការវា។</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Values</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>ជួរមូលនិធិ</translation>
    </message>
    <message>
        <source>Casualty records</source>
        <translation>កំណត់ត្រាជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Narratives</source>
        <translation>សេចក្ដីរៀបរាប់</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>ព័ត៌មានលម្អិតនៃការដាក់ជូន</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>មតិយោបល់</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>ម្ចាស់មូលនិធិ</translation>
    </message>
    <message>
        <source>Funder kind</source>
        <translation>ប្រភេទម្ចាស់មូលនិធិ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>រូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Rate to US$</source>
        <translation>អត្រាទៅដុល្លារអាមេរិក</translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation>កំណត់គោលដៅ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>សេចក្ដីរៀបរាប់</translation>
    </message>
    <message>
        <source>Committee&apos;s request</source>
        <translation>សំណើរបស់គណៈកម្មាធិការ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>មន្ត្រីទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>ឈ្មោះអ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>មុខតំណែង</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Submission date</source>
        <translation>កាលបរិច្ឆេទដាក់ជូន</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>CMVIS {number}</source>
        <translation>CMVIS {number}</translation>
    </message>
    <message>
        <source>Record of {date}, {province} (no CMVIS number)</source>
        <translation>កំណត់ត្រាថ្ងៃ {date} {province} (គ្មានលេខ CMVIS)</translation>
    </message>
    <message>
        <source>Indicator {code}</source>
        <translation>សូចនាករ {code}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ទទេ)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>{year} has no snapshot yet: a snapshot is kept when the year is submitted.</source>
        <translation>ឆ្នាំ {year} មិនទាន់មានច្បាប់ថតទុកទេ៖ ច្បាប់ថតទុកមួយត្រូវបានរក្សាទុកនៅពេលឆ្នាំនេះត្រូវបានដាក់ជូន។</translation>
    </message>
    <message>
        <source>{year}: the snapshot of {older_at} (submitted by {older_by}) against {newer}.</source>
        <translation>{year}៖ ច្បាប់ថតទុកនៃ {older_at} (ដាក់ជូនដោយ {older_by}) ធៀបនឹង {newer}។</translation>
    </message>
    <message>
        <source>the snapshot of {at} (submitted by {who})</source>
        <translation>ច្បាប់ថតទុកនៃ {at} (ដាក់ជូនដោយ {who})</translation>
    </message>
    <message>
        <source>today&apos;s data</source>
        <translation>ទិន្នន័យថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>គ្មានអ្វីផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>added</source>
        <translation>បានបន្ថែម</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>បានដកចេញ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>បានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>(personal data: use --personal to show)</source>
        <translation>(ទិន្នន័យផ្ទាល់ខ្លួន៖ ប្រើ --personal ដើម្បីបង្ហាញ)</translation>
    </message>
    <message>
        <source>by {who}, last on {at}</source>
        <translation>ដោយ {who} ចុងក្រោយនៅ {at}</translation>
    </message>
    <message>
        <source>(no change recorded in the audit log)</source>
        <translation>(គ្មានការផ្លាស់ប្ដូរត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្មទេ)</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ជួរដេក</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>វាល</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>មុន</translation>
    </message>
    <message>
        <source>After</source>
        <translation>ក្រោយ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>ពេលណា (UTC)</translation>
    </message>
    <message>
        <source>(personal data)</source>
        <translation>(ទិន្នន័យផ្ទាល់ខ្លួន)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>បានបន្ថែម</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>បានដកចេញ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>បានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(មិនបានកត់ត្រា)</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>Overdue</source>
        <translation>ហួសកំណត់</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>រំពឹងទុក</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>បានត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>មិនរំពឹងទុក</translation>
    </message>
    <message>
        <source>No returns are expected for {year}.</source>
        <translation>មិនរំពឹងថានឹងមានរបាយការណ៍សម្រាប់ឆ្នាំ {year} ទេ។</translation>
    </message>
    <message>
        <source>Returns for {year}: {expected} expected, {received} received, {checked} checked.</source>
        <translation>របាយការណ៍សម្រាប់ឆ្នាំ {year}៖ រំពឹងទុក {expected} បានទទួល {received} បានត្រួតពិនិត្យ {checked}។</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>គ្មានអ្វីខ្វះទេ។</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>{n} ទៀត</translation>
    </message>
    <message>
        <source>Overdue ({n}): {names}.</source>
        <translation>ហួសកំណត់ ({n})៖ {names}។</translation>
    </message>
    <message>
        <source>Not yet due: {n}.</source>
        <translation>មិនទាន់ដល់កំណត់៖ {n}។</translation>
    </message>
    <message>
        <source>Unknown reporting source &apos;{source}&apos;.</source>
        <translation>ប្រភពរាយការណ៍ដែលមិនស្គាល់ &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>Unknown section &apos;{section}&apos; (known: {known}).</source>
        <translation>ផ្នែកដែលមិនស្គាល់ &apos;{section}&apos; (ដែលស្គាល់៖ {known})។</translation>
    </message>
    <message>
        <source>{source}, {section}: the date received ({on}) is after today ({today}).</source>
        <translation>{source}, {section}៖ កាលបរិច្ឆេទទទួល ({on}) នៅក្រោយថ្ងៃនេះ ({today})។</translation>
    </message>
    <message>
        <source>{source}, {section}: a return for {year} cannot have been received on {on}, before the year began.</source>
        <translation>{source}, {section}៖ របាយការណ៍សម្រាប់ឆ្នាំ {year} មិនអាចត្រូវបានទទួលនៅថ្ងៃ {on} ដែលនៅមុនឆ្នាំនោះចាប់ផ្ដើមបានទេ។</translation>
    </message>
    <message>
        <source>{source}, {section}: nothing has been received for {year}; mark the return received before checking it.</source>
        <translation>{source}, {section}៖ មិនទាន់បានទទួលអ្វីសម្រាប់ឆ្នាំ {year} ទេ៖ សូមសម្គាល់របាយការណ៍ថាបានទទួល មុនពេលត្រួតពិនិត្យវា។</translation>
    </message>
    <message>
        <source>- and {n} more</source>
        <translation>- និង {n} ទៀត</translation>
    </message>
    <message>
        <source>{source}, {section}: the figures still have errors, so the return cannot be marked checked. Correct them, or acknowledge them with a reason, first:
{errors}</source>
        <translation>{source}, {section}៖ តួលេខនៅតែមានកំហុស ដូច្នេះមិនអាចសម្គាល់របាយការណ៍ថាបានត្រួតពិនិត្យបានទេ។ សូមកែវា ឬទទួលស្គាល់វាដោយមានមូលហេតុជាមុនសិន៖
{errors}</translation>
    </message>
    <message>
        <source>{source}, {section}: a return for {year} is due in {year} or {next}, not on {due}.</source>
        <translation>{source}, {section}៖ របាយការណ៍សម្រាប់ឆ្នាំ {year} ផុតកំណត់ក្នុងឆ្នាំ {year} ឬ {next} មិនមែននៅថ្ងៃ {due} ទេ។</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ផុតកំណត់</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>បានត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>{date} (changed)</source>
        <translation>{date} (បានផ្លាស់ប្ដូរ)</translation>
    </message>
    <message>
        <source>{date} (from the data entered)</source>
        <translation>{date} (ពីទិន្នន័យដែលបានបញ្ចូល)</translation>
    </message>
    <message>
        <source>{date}, {who}</source>
        <translation>{date}, {who}</translation>
    </message>
    <message>
        <source>{status} (not expected)</source>
        <translation>{status} (មិនរំពឹងទុក)</translation>
    </message>
    <message>
        <source>The due date was changed for this year.</source>
        <translation>ថ្ងៃផុតកំណត់ត្រូវបានផ្លាស់ប្ដូរសម្រាប់ឆ្នាំនេះ។</translation>
    </message>
    <message>
        <source>Not recorded: figures for this return were first entered on this day. Mark it received to record the day it arrived.</source>
        <translation>មិនបានកត់ត្រា៖ តួលេខសម្រាប់របាយការណ៍នេះត្រូវបានបញ្ចូលជាលើកដំបូងនៅថ្ងៃនេះ។ សូមសម្គាល់វាថាបានទទួល ដើម្បីកត់ត្រាថ្ងៃដែលវាមកដល់។</translation>
    </message>
    <message>
        <source>Received {days} day(s) after the due date.</source>
        <translation>បានទទួល {days} ថ្ងៃក្រោយថ្ងៃផុតកំណត់។</translation>
    </message>
    <message>
        <source>Expected by {date} and not received.</source>
        <translation>រំពឹងទុកត្រឹមថ្ងៃ {date} ហើយមិនទាន់បានទទួល។</translation>
    </message>
    <message>
        <source>Not expected for this year.</source>
        <translation>មិនរំពឹងទុកសម្រាប់ឆ្នាំនេះទេ។</translation>
    </message>
</context>
<context>
    <name>CompletenessWidget</name>
    <message>
        <source>Only what is missing or overdue</source>
        <translation>តែអ្វីដែលខ្វះ ឬហួសកំណត់</translation>
    </message>
    <message>
        <source>Mark received…</source>
        <translation>សម្គាល់ថាបានទទួល…</translation>
    </message>
    <message>
        <source>Mark checked</source>
        <translation>សម្គាល់ថាបានត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Expected and due…</source>
        <translation>រំពឹងទុក និងផុតកំណត់…</translation>
    </message>
    <message>
        <source>Expect another return…</source>
        <translation>រំពឹងរបាយការណ៍មួយទៀត…</translation>
    </message>
    <message>
        <source>Remove the check</source>
        <translation>ដកការត្រួតពិនិត្យចេញ</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>មូលដ្ឋានទិន្នន័យបើកសម្រាប់តែអាន។</translation>
    </message>
    <message>
        <source>Cannot record this return</source>
        <translation>មិនអាចកត់ត្រារបាយការណ៍នេះបានទេ</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>The national view adds up all sources and cannot be edited. Choose a reporting source (or &apos;National total&apos;) to enter figures.</source>
        <translation>ទិដ្ឋភាពជាតិបូកបញ្ចូលគ្រប់ប្រភព ហើយមិនអាចកែសម្រួលបានទេ។ សូមជ្រើសប្រភពរាយការណ៍មួយ (ឬ «សរុបជាតិ») ដើម្បីបញ្ចូលតួលេខ។</translation>
    </message>
    <message>
        <source>{item}: a comment belongs to a value; enter the value first.</source>
        <translation>{item}៖ មតិយោបល់ជាកម្មសិទ្ធិរបស់តម្លៃមួយ៖ សូមបញ្ចូលតម្លៃជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>Reporting source:</source>
        <translation>ប្រភពរាយការណ៍៖</translation>
    </message>
    <message>
        <source>National view (all sources, read-only)</source>
        <translation>ទិដ្ឋភាពជាតិ (គ្រប់ប្រភព អានតែប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>មិនធ្វើវិញ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ធ្វើវិញ</translation>
    </message>
    <message>
        <source>{year}: national figures (the national total where entered, else the sum of the sources). Hover a cell for its sources.</source>
        <translation>{year}៖ តួលេខជាតិ (សរុបជាតិនៅកន្លែងដែលបានបញ្ចូល បើមិនដូច្នោះទេ ផលបូកនៃប្រភព)។ ដាក់ព្រួញលើក្រឡាមួយ ដើម្បីមើលប្រភពរបស់វា។</translation>
    </message>
    <message>
        <source>{year}: type or paste figures; each change is saved at once.</source>
        <translation>{year}៖ វាយ ឬបិទភ្ជាប់តួលេខ៖ ការផ្លាស់ប្ដូរនីមួយៗត្រូវបានរក្សាទុកភ្លាមៗ។</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}៖ {message}</translation>
    </message>
    <message>
        <source>No problems found in these figures.</source>
        <translation>រកមិនឃើញបញ្ហាក្នុងតួលេខទាំងនេះទេ។</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>កំហុស</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>ការព្រមាន</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>សំណួរ</translation>
    </message>
    <message>
        <source>Cannot undo or redo this change</source>
        <translation>មិនអាចមិនធ្វើវិញ ឬធ្វើវិញនូវការផ្លាស់ប្ដូរនេះបានទេ</translation>
    </message>
    <message>
        <source>Edit {n} value(s)</source>
        <translation>កែសម្រួលតម្លៃ {n}</translation>
    </message>
    <message>
        <source>The pasted block does not fit: row {row}, column {column} of the block (&apos;{text}&apos;) falls on a cell that takes no value. Nothing was pasted.</source>
        <translation>ប្លុកដែលបានបិទភ្ជាប់មិនត្រូវគ្នាទេ៖ ជួរដេក {row} ជួរឈរ {column} នៃប្លុក (&apos;{text}&apos;) ធ្លាក់លើក្រឡាដែលមិនទទួលតម្លៃ។ គ្មានអ្វីត្រូវបានបិទភ្ជាប់ទេ។</translation>
    </message>
    <message>
        <source>Row {row}, column {column} of the pasted block: {error} Nothing was pasted.</source>
        <translation>ជួរដេក {row} ជួរឈរ {column} នៃប្លុកដែលបានបិទភ្ជាប់៖ {error} គ្មានអ្វីត្រូវបានបិទភ្ជាប់ទេ។</translation>
    </message>
    <message>
        <source>Paste {n} value(s)</source>
        <translation>បិទភ្ជាប់តម្លៃ {n}</translation>
    </message>
    <message>
        <source>Clear {n} value(s)</source>
        <translation>សម្អាតតម្លៃ {n}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>មតិយោបល់…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>ប្រវត្តិ…</translation>
    </message>
    <message>
        <source>Enter the value first: a comment belongs to a value.</source>
        <translation>សូមបញ្ចូលតម្លៃជាមុនសិន៖ មតិយោបល់ជាកម្មសិទ្ធិរបស់តម្លៃមួយ។</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>មតិយោបល់</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>កែសម្រួលមតិយោបល់</translation>
    </message>
    <message>
        <source>{at}  {who}: {field} {old} -&gt; {new}</source>
        <translation>{at}  {who}៖ {field} {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ទទេ)</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>មិនមានការផ្លាស់ប្ដូរត្រូវបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <source>History of {item}</source>
        <translation>ប្រវត្តិនៃ {item}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>CMDesk</source>
        <translation>CMDesk</translation>
    </message>
    <message>
        <source>Something went wrong inside CMDesk. Nothing you saved before this was lost. Please send the details below to the database unit.</source>
        <translation>មានបញ្ហាអ្វីមួយកើតឡើងនៅខាងក្នុង CMDesk។ គ្មានអ្វីដែលអ្នកបានរក្សាទុកមុននេះត្រូវបាត់បង់ទេ។ សូមផ្ញើព័ត៌មានលម្អិតខាងក្រោមទៅផ្នែកមូលដ្ឋានទិន្នន័យ។</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}៖ គ្មានឯកសារនេះទេ។</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx) that CMDesk can read ({error}). Save the Committee&apos;s tracker from Excel as an .xlsx workbook and import it again.</source>
        <translation>{path} មិនមែនជាសៀវភៅបញ្ជី Excel (.xlsx) ដែល CMDesk អាចអានបានទេ ({error})។ សូមរក្សាទុកសៀវភៅតាមដានរបស់គណៈកម្មាធិការពី Excel ជាសៀវភៅបញ្ជី .xlsx ហើយនាំចូលវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{path}: no header row with &apos;Actions&apos; and &apos;Indicators&apos; in its first two columns in the first {n} rows: this is not the Committee&apos;s SRAAP tracker.</source>
        <translation>{path}៖ គ្មានជួរដេកក្បាលដែលមាន &apos;Actions&apos; និង &apos;Indicators&apos; ក្នុងជួរឈរពីរដំបូងរបស់វា ក្នុង {n} ជួរដេកដំបូងទេ៖ នេះមិនមែនជាសៀវភៅតាមដាន SRAAP របស់គណៈកម្មាធិការទេ។</translation>
    </message>
    <message>
        <source>{path}, row {row}: no column headed &apos;Additional information or clarification requested by the Committee&apos;.</source>
        <translation>{path} ជួរដេក {row}៖ គ្មានជួរឈរដែលមានក្បាល &apos;Additional information or clarification requested by the Committee&apos; ទេ។</translation>
    </message>
    <message>
        <source>not a SRAAP action CMDesk knows (known: {known}).</source>
        <translation>មិនមែនជាសកម្មភាព SRAAP ដែល CMDesk ស្គាល់ទេ (ដែលស្គាល់៖ {known})។</translation>
    </message>
    <message>
        <source>an indicator row with no action above it: type the action number in column A.</source>
        <translation>ជួរដេកសូចនាករដែលគ្មានសកម្មភាពនៅពីលើវា៖ សូមវាយលេខសកម្មភាពក្នុងជួរឈរ A។</translation>
    </message>
    <message>
        <source>this text is none of action {action}&apos;s indicators: keep the indicator texts as the Committee wrote them.</source>
        <translation>អត្ថបទនេះមិនមែនជាសូចនាករណាមួយរបស់សកម្មភាព {action} ទេ៖ សូមរក្សាអត្ថបទសូចនាករដូចដែលគណៈកម្មាធិការបានសរសេរ។</translation>
    </message>
    <message>
        <source>indicator {code} appears twice (also on row {other}).</source>
        <translation>សូចនាករ {code} លេចឡើងពីរដង (ក៏មាននៅជួរដេក {other} ផងដែរ)។</translation>
    </message>
    <message>
        <source>the cell holds a formula; type the Committee&apos;s request as text.</source>
        <translation>ក្រឡានេះមានរូបមន្ត៖ សូមវាយសំណើរបស់គណៈកម្មាធិការជាអត្ថបទ។</translation>
    </message>
    <message>
        <source>{path}: {n} problem(s); nothing was imported.</source>
        <translation>{path}៖ បញ្ហា {n}៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Aggregate values (CSV)</source>
        <translation>តម្លៃសរុប (CSV)</translation>
    </message>
    <message>
        <source>One value per line: year, source, item, part, value, comment, as CMDesk exports them (see docs/values-csv.md for the codes). An import is checked first: if any line is wrong nothing is imported and every problem is listed below.</source>
        <translation>មួយតម្លៃក្នុងមួយបន្ទាត់៖ ឆ្នាំ ប្រភព ធាតុ ផ្នែក តម្លៃ មតិយោបល់ ដូចដែល CMDesk នាំចេញ (មើល docs/values-csv.md សម្រាប់លេខកូដ)។ ការនាំចូលត្រូវបានត្រួតពិនិត្យជាមុន៖ ប្រសិនបើបន្ទាត់ណាមួយខុស គ្មានអ្វីត្រូវបាននាំចូលទេ ហើយបញ្ហានីមួយៗត្រូវបានរាយខាងក្រោម។</translation>
    </message>
    <message>
        <source>Import values from CSV…</source>
        <translation>នាំចូលតម្លៃពី CSV…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>បន្ទាត់</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ជួរឈរ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>ការផ្លាស់ប្ដូរទិន្នន័យ</translation>
    </message>
    <message>
        <source>Export {year}&apos;s values to CSV…</source>
        <translation>នាំចេញតម្លៃឆ្នាំ {year} ទៅ CSV…</translation>
    </message>
    <message>
        <source>Import values from a CSV file</source>
        <translation>នាំចូលតម្លៃពីឯកសារ CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ឯកសារ CSV (*.csv);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Cannot read {name}</source>
        <translation>មិនអាចអាន {name} បានទេ</translation>
    </message>
    <message>
        <source>{name}: {n} problem(s), listed below. Nothing was imported: correct the file and import it again.</source>
        <translation>{name}៖ បញ្ហា {n} ដែលបានរាយខាងក្រោម។ គ្មានអ្វីត្រូវបាននាំចូលទេ៖ សូមកែឯកសារ ហើយនាំចូលវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{name}: {added} value(s) to add, {changed} to change, {unchanged} unchanged.</source>
        <translation>{name}៖ តម្លៃ {added} ត្រូវបន្ថែម {changed} ត្រូវផ្លាស់ប្ដូរ {unchanged} មិនផ្លាស់ប្ដូរ។</translation>
    </message>
    <message>
        <source>{summary} Not imported.</source>
        <translation>{summary} មិនបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>មិនបាននាំចូល</translation>
    </message>
    <message>
        <source>Imported {name}: {added} added, {changed} changed, {unchanged} unchanged.</source>
        <translation>បាននាំចូល {name}៖ បានបន្ថែម {added} បានផ្លាស់ប្ដូរ {changed} មិនផ្លាស់ប្ដូរ {unchanged}។</translation>
    </message>
    <message>
        <source>Import values</source>
        <translation>នាំចូលតម្លៃ</translation>
    </message>
    <message>
        <source>{summary}

Import them now?</source>
        <translation>{summary}

នាំចូលវាឥឡូវនេះឬ?</translation>
    </message>
    <message>
        <source>Export values to a CSV file</source>
        <translation>នាំចេញតម្លៃទៅឯកសារ CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>មិនអាចសរសេរ {path} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>មិនបាននាំចេញ</translation>
    </message>
    <message>
        <source>{n} value(s) of {year} written to {path}.</source>
        <translation>បានសរសេរតម្លៃ {n} នៃឆ្នាំ {year} ទៅ {path}។</translation>
    </message>
</context>
<context>
    <name>ExpectationDialog</name>
    <message>
        <source>Expected return</source>
        <translation>របាយការណ៍ដែលរំពឹងទុក</translation>
    </message>
    <message>
        <source>Expect a return</source>
        <translation>រំពឹងរបាយការណ៍មួយ</translation>
    </message>
    <message>
        <source>Expected for {year}</source>
        <translation>រំពឹងទុកសម្រាប់ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ប្រភព៖</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>ផ្នែក៖</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>ផុតកំណត់នៅ៖</translation>
    </message>
    <message>
        <source>Default ({date})</source>
        <translation>លំនាំដើម ({date})</translation>
    </message>
    <message>
        <source>By default this return is {expected}, due on {date}. A change applies to {year} only.</source>
        <translation>តាមលំនាំដើម របាយការណ៍នេះ{expected} ផុតកំណត់នៅថ្ងៃ {date}។ ការផ្លាស់ប្ដូរអនុវត្តចំពោះតែឆ្នាំ {year} ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>ត្រូវបានរំពឹងទុក</translation>
    </message>
    <message>
        <source>not expected</source>
        <translation>មិនត្រូវបានរំពឹងទុក</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>Nothing entered for this year yet.</source>
        <translation>មិនទាន់មានអ្វីបានបញ្ចូលសម្រាប់ឆ្នាំនេះនៅឡើយទេ។</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Checks of the year</source>
        <translation>ការត្រួតពិនិត្យប្រចាំឆ្នាំ</translation>
    </message>
    <message>
        <source>Show acknowledged</source>
        <translation>បង្ហាញអ្វីដែលបានទទួលស្គាល់</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>កម្រិតធ្ងន់ធ្ងរ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>បានទទួលស្គាល់</translation>
    </message>
    <message>
        <source>Double-click a finding to open the figure or record it is about.</source>
        <translation>ចុចពីរដងលើលទ្ធផលមួយ ដើម្បីបើកតួលេខ ឬកំណត់ត្រាដែលវាទាក់ទង។</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>បើក (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>ទទួលស្គាល់… (&amp;A)</translation>
    </message>
    <message>
        <source>Accept this finding as it stands, with a reason kept in the audit log. An acknowledged error no longer blocks the year&apos;s export and submission.</source>
        <translation>ទទួលយកលទ្ធផលនេះតាមដែលវាមាន ដោយមានមូលហេតុរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម។ កំហុសដែលបានទទួលស្គាល់ លែងរារាំងការនាំចេញ និងការដាក់ជូនរបស់ឆ្នាំទៀតហើយ។</translation>
    </message>
    <message>
        <source>&amp;Withdraw acknowledgement</source>
        <translation>ដកការទទួលស្គាល់វិញ (&amp;W)</translation>
    </message>
    <message>
        <source>Casualty register</source>
        <translation>បញ្ជីជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Narrative {code}</source>
        <translation>សេចក្ដីរៀបរាប់ {code}</translation>
    </message>
    <message>
        <source>National view</source>
        <translation>ទិដ្ឋភាពជាតិ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>កំហុស</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>ការព្រមាន</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>សំណួរ</translation>
    </message>
    <message>
        <source>No findings: every check passed.</source>
        <translation>គ្មានលទ្ធផលទេ៖ ការត្រួតពិនិត្យទាំងអស់បានឆ្លងកាត់។</translation>
    </message>
    <message>
        <source>{errors} error(s), {warnings} warning(s), {questions} question(s) to look at; {acknowledged} acknowledged.</source>
        <translation>កំហុស {errors} ការព្រមាន {warnings} សំណួរ {questions} ដែលត្រូវពិនិត្យ៖ បានទទួលស្គាល់ {acknowledged}។</translation>
    </message>
    <message>
        <source>{who}, {at}: {reason}</source>
        <translation>{who}, {at}៖ {reason}</translation>
    </message>
    <message>
        <source>{severity} · {where}: {message}
Rule: {rule}</source>
        <translation>{severity} · {where}៖ {message}
ច្បាប់៖ {rule}</translation>
    </message>
    <message>
        <source>Acknowledged by {who} on {at}: {reason}</source>
        <translation>ទទួលស្គាល់ដោយ {who} នៅ {at}៖ {reason}</translation>
    </message>
    <message>
        <source>Change &amp;reason…</source>
        <translation>ប្ដូរមូលហេតុ… (&amp;R)</translation>
    </message>
    <message>
        <source>Acknowledge a finding</source>
        <translation>ទទួលស្គាល់លទ្ធផលមួយ</translation>
    </message>
    <message>
        <source>{message}

Why is this right as it stands? The reason is kept in the audit log.</source>
        <translation>{message}

ហេតុអ្វីបានជាវាត្រឹមត្រូវតាមដែលវាមាន? មូលហេតុត្រូវបានរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <source>Cannot acknowledge the finding</source>
        <translation>មិនអាចទទួលស្គាល់លទ្ធផលនេះបានទេ</translation>
    </message>
    <message>
        <source>Cannot withdraw the acknowledgement</source>
        <translation>មិនអាចដកការទទួលស្គាល់វិញបានទេ</translation>
    </message>
</context>
<context>
    <name>FrozenNote</name>
    <message>
        <source>&lt;b&gt;Submitted – frozen.&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;បានដាក់ជូន – បានបង្កក។&lt;/b&gt; {message}</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <source>National budget</source>
        <translation>ថវិកាជាតិ</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>ទីភ្នាក់ងារអង្គការសហប្រជាជាតិ</translation>
    </message>
    <message>
        <source>Donor government</source>
        <translation>រដ្ឋាភិបាលម្ចាស់ជំនួយ</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>អង្គការមិនមែនរដ្ឋាភិបាល</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>ឯកជន</translation>
    </message>
    <message>
        <source>Funding line &apos;{funder}&apos; ({year})</source>
        <translation>ជួរមូលនិធិ &apos;{funder}&apos; ({year})</translation>
    </message>
    <message>
        <source>A funding line for {year}</source>
        <translation>ជួរមូលនិធិមួយសម្រាប់ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>{where}: funding lines have no field &apos;{name}&apos; (fields: {fields}).</source>
        <translation>{where}៖ ជួរមូលនិធិគ្មានវាល &apos;{name}&apos; ទេ (វាល៖ {fields})។</translation>
    </message>
    <message>
        <source>{where}: the year {year!r} is not a year between 1979 and 2100.</source>
        <translation>{where}៖ ឆ្នាំ {year!r} មិនមែនជាឆ្នាំចន្លោះពី 1979 ដល់ 2100 ទេ។</translation>
    </message>
    <message>
        <source>{where}: the funder is empty. Type who gave the money, for example &apos;Royal Government of Cambodia&apos; or &apos;UNDP&apos;.</source>
        <translation>{where}៖ ម្ចាស់មូលនិធិទទេ។ សូមវាយអ្នកដែលបានផ្ដល់ប្រាក់ ឧទាហរណ៍ &apos;រាជរដ្ឋាភិបាលកម្ពុជា&apos; ឬ &apos;UNDP&apos;។</translation>
    </message>
    <message>
        <source>{where}: unknown funder kind &apos;{kind}&apos;. Choose one of: {allowed}.</source>
        <translation>{where}៖ ប្រភេទម្ចាស់មូលនិធិដែលមិនស្គាល់ &apos;{kind}&apos;។ សូមជ្រើសមួយក្នុងចំណោម៖ {allowed}។</translation>
    </message>
    <message>
        <source>{where}: the {name} must be text, not {value!r}.</source>
        <translation>{where}៖ {name} ត្រូវតែជាអត្ថបទ មិនមែន {value!r} ទេ។</translation>
    </message>
    <message>
        <source>{where}: the amount is missing. Type the amount in the line&apos;s currency, for example 130000.</source>
        <translation>{where}៖ ខ្វះចំនួនទឹកប្រាក់។ សូមវាយចំនួនទឹកប្រាក់ជារូបិយប័ណ្ណរបស់ជួរនេះ ឧទាហរណ៍ 130000។</translation>
    </message>
    <message>
        <source>{where}: the amount {amount!r} is not a number of 0 or more. Type the amount in the line&apos;s currency, for example 130000.</source>
        <translation>{where}៖ ចំនួនទឹកប្រាក់ {amount!r} មិនមែនជាលេខចាប់ពី 0 ឡើងទៅទេ។ សូមវាយចំនួនទឹកប្រាក់ជារូបិយប័ណ្ណរបស់ជួរនេះ ឧទាហរណ៍ 130000។</translation>
    </message>
    <message>
        <source>{where}: the currency {currency!r} is not a three-letter ISO 4217 code. Type a code such as USD, KHR or EUR.</source>
        <translation>{where}៖ រូបិយប័ណ្ណ {currency!r} មិនមែនជាលេខកូដ ISO 4217 បីអក្សរទេ។ សូមវាយលេខកូដដូចជា USD, KHR ឬ EUR។</translation>
    </message>
    <message>
        <source>{where}: &apos;{code}&apos; is not in CMDesk&apos;s list of currencies. Check the code, or ask the database unit to add it to resources/catalog/currencies.toml.</source>
        <translation>{where}៖ &apos;{code}&apos; មិនមាននៅក្នុងបញ្ជីរូបិយប័ណ្ណរបស់ CMDesk ទេ។ សូមពិនិត្យលេខកូដ ឬស្នើផ្នែកមូលដ្ឋានទិន្នន័យឱ្យបន្ថែមវាទៅ resources/catalog/currencies.toml។</translation>
    </message>
    <message>
        <source>{where}: an amount in USD needs no rate to US$, but {rate!r} was given. Leave the rate empty.</source>
        <translation>{where}៖ ចំនួនទឹកប្រាក់ជា USD មិនត្រូវការអត្រាទៅដុល្លារអាមេរិកទេ ប៉ុន្តែបានផ្ដល់ {rate!r}។ សូមទុកអត្រាឱ្យទទេ។</translation>
    </message>
    <message>
        <source>{where}: a rate to US$ is required for {currency}. Type how many US dollars one {currency} was worth on average that year.</source>
        <translation>{where}៖ ត្រូវការអត្រាទៅដុល្លារអាមេរិកសម្រាប់ {currency}។ សូមវាយថាមួយ {currency} មានតម្លៃប៉ុន្មានដុល្លារអាមេរិកជាមធ្យមក្នុងឆ្នាំនោះ។</translation>
    </message>
    <message>
        <source>{where}: the rate to US$ {rate!r} is not a number above 0. Type how many US dollars one {currency} was worth, for example 1.1301 for EUR.</source>
        <translation>{where}៖ អត្រាទៅដុល្លារអាមេរិក {rate!r} មិនមែនជាលេខធំជាង 0 ទេ។ សូមវាយថាមួយ {currency} មានតម្លៃប៉ុន្មានដុល្លារអាមេរិក ឧទាហរណ៍ 1.1301 សម្រាប់ EUR។</translation>
    </message>
    <message>
        <source>{where}: earmarked must be yes or no (true/false or 1/0), not {value!r}.</source>
        <translation>{where}៖ កំណត់គោលដៅត្រូវតែជា បាទ/ចាស ឬ ទេ (true/false ឬ 1/0) មិនមែន {value!r} ទេ។</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative: amounts and rates cannot be below 0.</source>
        <translation>&apos;{text}&apos; ជាលេខអវិជ្ជមាន៖ ចំនួនទឹកប្រាក់ និងអត្រាមិនអាចតិចជាង 0 បានទេ។</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number. Type digits with a point for decimals, for example 130000, 130,000.50 or 0.00025.</source>
        <translation>&apos;{text}&apos; មិនមែនជាលេខទេ។ សូមវាយខ្ទង់លេខ ដោយប្រើចំណុចសម្រាប់ទសភាគ ឧទាហរណ៍ 130000, 130,000.50 ឬ 0.00025។</translation>
    </message>
</context>
<context>
    <name>FundingLineDialog</name>
    <message>
        <source>Edit funding line</source>
        <translation>កែសម្រួលជួរមូលនិធិ</translation>
    </message>
    <message>
        <source>Add a funding line</source>
        <translation>បន្ថែមជួរមូលនិធិ</translation>
    </message>
    <message>
        <source>Who gave the money, e.g. UNDP</source>
        <translation>អ្នកដែលបានផ្ដល់ប្រាក់ ឧ. UNDP</translation>
    </message>
    <message>
        <source>What it pays for</source>
        <translation>អ្វីដែលវាចំណាយលើ</translation>
    </message>
    <message>
        <source>In the funder&apos;s currency, e.g. 130,000</source>
        <translation>ជារូបិយប័ណ្ណរបស់ម្ចាស់មូលនិធិ ឧ. 130,000</translation>
    </message>
    <message>
        <source>Earmarked for a set purpose</source>
        <translation>កំណត់គោលដៅសម្រាប់គោលបំណងជាក់លាក់</translation>
    </message>
    <message>
        <source>Funder:</source>
        <translation>ម្ចាស់មូលនិធិ៖</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>គោលបំណង៖</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>ចំនួនទឹកប្រាក់៖</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>រូបិយប័ណ្ណ៖</translation>
    </message>
    <message>
        <source>Rate to US$:</source>
        <translation>អត្រាទៅដុល្លារអាមេរិក៖</translation>
    </message>
    <message>
        <source>US$ amount:</source>
        <translation>ចំនួនជាដុល្លារអាមេរិក៖</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>កំណត់សម្គាល់៖</translation>
    </message>
    <message>
        <source>Not needed for US$</source>
        <translation>មិនត្រូវការសម្រាប់ដុល្លារអាមេរិក</translation>
    </message>
    <message>
        <source>US$ for one {currency}, the year&apos;s average</source>
        <translation>ដុល្លារអាមេរិកសម្រាប់មួយ {currency} ជាមធ្យមប្រចាំឆ្នាំ</translation>
    </message>
    <message>
        <source>— (give the rate to US$)</source>
        <translation>— (សូមផ្ដល់អត្រាទៅដុល្លារអាមេរិក)</translation>
    </message>
</context>
<context>
    <name>FundingLinesModel</name>
    <message>
        <source>Funder</source>
        <translation>ម្ចាស់មូលនិធិ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>រូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Rate to US$</source>
        <translation>អត្រាទៅដុល្លារអាមេរិក</translation>
    </message>
    <message>
        <source>US$ amount</source>
        <translation>ចំនួនជាដុល្លារអាមេរិក</translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation>កំណត់គោលដៅ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>នាំចូល {name}</translation>
    </message>
    <message>
        <source>{added} record(s) to add, {updated} to update, {duplicates} already in the register, {rejected} row(s) rejected.</source>
        <translation>កំណត់ត្រា {added} ត្រូវបន្ថែម {updated} ត្រូវធ្វើបច្ចុប្បន្នភាព {duplicates} មានក្នុងបញ្ជីរួចហើយ ជួរដេក {rejected} ត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ជួរដេក</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ជួរឈរ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <source>Rejected rows are not imported; they will be written with their problems to {name} beside the file, to correct and import again.</source>
        <translation>ជួរដេកដែលត្រូវបានបដិសេធ មិនត្រូវបាននាំចូលទេ៖ វានឹងត្រូវបានសរសេរជាមួយបញ្ហារបស់វាទៅ {name} នៅក្បែរឯកសារ ដើម្បីកែ ហើយនាំចូលម្ដងទៀត។</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>រកមិនឃើញបញ្ហាទេ។</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>នាំចូល</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reporting year</source>
        <translation>ឆ្នាំរាយការណ៍</translation>
    </message>
    <message>
        <source>  Reporting year: </source>
        <translation>  ឆ្នាំរាយការណ៍៖ </translation>
    </message>
    <message>
        <source> DEMO </source>
        <translation> សាកល្បង </translation>
    </message>
    <message>
        <source>This is the demo database: published 2024 figures.</source>
        <translation>នេះជាមូលដ្ឋានទិន្នន័យសាកល្បង៖ តួលេខឆ្នាំ ២០២៤ ដែលបានផ្សព្វផ្សាយ។</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ឯកសារ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>មូលដ្ឋានទិន្នន័យថ្មី… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>បើក… (&amp;O)</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>មូលដ្ឋានទិន្នន័យថ្មីៗ</translation>
    </message>
    <message>
        <source>&amp;Save a backup copy…</source>
        <translation>រក្សាទុកច្បាប់ចម្លងបម្រុងទុក… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>ស្ដារពីច្បាប់បម្រុងទុក… (&amp;R)</translation>
    </message>
    <message>
        <source>Your &amp;name in the audit log…</source>
        <translation>ឈ្មោះរបស់អ្នកក្នុងកំណត់ហេតុសវនកម្ម… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ទិដ្ឋភាព (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ភាសា (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ឧបករណ៍ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Items and reporting sources…</source>
        <translation>ធាតុ និងប្រភពរាយការណ៍… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CMDesk</source>
        <translation>អំពី CMDesk (&amp;A)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>CMDesk will be in {language} from its next start. Restart it now?</source>
        <translation>CMDesk នឹងប្រើភាសា{language} ចាប់ពីការចាប់ផ្ដើមលើកក្រោយ។ ចាប់ផ្ដើមវាឡើងវិញឥឡូវនេះឬ?</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>មិនអាចបើកមូលដ្ឋានទិន្នន័យបានទេ</translation>
    </message>
    <message>
        <source> [DEMO]</source>
        <translation> [សាកល្បង]</translation>
    </message>
    <message>
        <source>Open a CMDesk database</source>
        <translation>បើកមូលដ្ឋានទិន្នន័យ CMDesk</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>មិនអាចបង្កើតមូលដ្ឋានទិន្នន័យបានទេ</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(មិនទាន់មាន)</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>រក្សាទុកច្បាប់ចម្លងបម្រុងទុក</translation>
    </message>
    <message>
        <source>Backup copy saved to {path}</source>
        <translation>បានរក្សាទុកច្បាប់ចម្លងបម្រុងទុកទៅ {path}</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>មិនអាចស្ដារច្បាប់បម្រុងទុកនេះបានទេ</translation>
    </message>
    <message>
        <source>Restored from {backup}. The content before the restore was kept in {safety}.</source>
        <translation>បានស្ដារពី {backup}។ ខ្លឹមសារមុនពេលស្ដារ ត្រូវបានរក្សាទុកក្នុង {safety}។</translation>
    </message>
    <message>
        <source>Changes are now recorded as made by {name}.</source>
        <translation>ឥឡូវនេះ ការផ្លាស់ប្ដូរត្រូវបានកត់ត្រាថាធ្វើដោយ {name}។</translation>
    </message>
    <message>
        <source>CMDesk databases (*.cmdesk);;All files (*)</source>
        <translation>មូលដ្ឋានទិន្នន័យ CMDesk (*.cmdesk);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;CMDesk {version}&lt;/b&gt;</source>
        <translation>&lt;b&gt;CMDesk {version}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Victim-assistance reporting for the Cambodian Mine Action and Victim Assistance Authority.</source>
        <translation>ការរាយការណ៍ជំនួយជនរងគ្រោះ សម្រាប់អាជ្ញាធរកម្ពុជាសកម្មភាពកំចាត់មីន និងជំនួយជនរងគ្រោះ។</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>មូលដ្ឋានទិន្នន័យ៖ {path}</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>ការិយាល័យ៖ {office}</translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation>កំណែរចនាសម្ព័ន្ធ៖ {version}</translation>
    </message>
    <message>
        <source>About CMDesk</source>
        <translation>អំពី CMDesk</translation>
    </message>
</context>
<context>
    <name>Narratives</name>
    <message>
        <source>Reported</source>
        <translation>បានរាយការណ៍</translation>
    </message>
    <message>
        <source>Partly reported</source>
        <translation>បានរាយការណ៍ដោយផ្នែក</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>មិនបានរាយការណ៍</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>មិនពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} និង {last}</translation>
    </message>
    <message>
        <source>In {year}, Cambodia recorded {total} casualties, including {killed} killed, {injured} injured and {lost} lost limbs.</source>
        <translation>ក្នុងឆ្នាំ {year} កម្ពុជាបានកត់ត្រាជនរងគ្រោះចំនួន {total} នាក់ ក្នុងនោះស្លាប់ {killed} នាក់ របួស {injured} នាក់ និងបាត់បង់អវយវៈ {lost} នាក់។</translation>
    </message>
    <message>
        <source>Of the total casualties {men} were men, {boys} were boys, {women} women and {girls} girls.</source>
        <translation>ក្នុងចំណោមជនរងគ្រោះសរុប មានបុរស {men} នាក់ ក្មេងប្រុស {boys} នាក់ ស្ត្រី {women} នាក់ និងក្មេងស្រី {girls} នាក់។</translation>
    </message>
    <message>
        <source>The sex or age of {n} is not known.</source>
        <translation>មិនដឹងភេទ ឬអាយុរបស់ {n} នាក់ទេ។</translation>
    </message>
    <message>
        <source>In {year}, {n} casualties were recorded.</source>
        <translation>ក្នុងឆ្នាំ {year} ជនរងគ្រោះចំនួន {n} នាក់ត្រូវបានកត់ត្រា។</translation>
    </message>
    <message>
        <source>{n} prosthetics ({lower} lower limbs, {upper} upper limbs)</source>
        <translation>អវយវៈសិប្បនិម្មិត {n} ({lower} អវយវៈក្រោម {upper} អវយវៈលើ)</translation>
    </message>
    <message>
        <source>{n} orthotics ({lower} lower limbs, {upper} upper limbs and {spinal} spinal)</source>
        <translation>ឧបករណ៍ទ្រទ្រង់អវយវៈ {n} ({lower} អវយវៈក្រោម {upper} អវយវៈលើ និង {spinal} ឆ្អឹងខ្នង)</translation>
    </message>
    <message>
        <source>{n} seating systems</source>
        <translation>ប្រព័ន្ធកៅអីអង្គុយ {n}</translation>
    </message>
    <message>
        <source>{n} tricycles</source>
        <translation>កង់បី {n}</translation>
    </message>
    <message>
        <source>{n} non-orthopaedic procedures</source>
        <translation>នីតិវិធីមិនមែនឆ្អឹង {n}</translation>
    </message>
    <message>
        <source>{n} walking aids</source>
        <translation>ឧបករណ៍ជំនួយការដើរ {n}</translation>
    </message>
    <message>
        <source>{n} repairs</source>
        <translation>ការជួសជុល {n}</translation>
    </message>
    <message>
        <source>{n} wheelchairs ({adult} for adults and {child} for children)</source>
        <translation>រទេះរុញ {n} ({adult} សម្រាប់មនុស្សពេញវ័យ និង {child} សម្រាប់កុមារ)</translation>
    </message>
    <message>
        <source>In {year}, the PRCs produced or repaired a total of {total} assistive devices</source>
        <translation>ក្នុងឆ្នាំ {year} មជ្ឈមណ្ឌលស្ដារនីតិសម្បទាបានផលិត ឬជួសជុលឧបករណ៍ជំនួយសរុបចំនួន {total}</translation>
    </message>
    <message>
        <source>, including {list}.</source>
        <translation> ក្នុងនោះមាន {list}។</translation>
    </message>
    <message>
        <source>(The types listed add up to {summed}.)</source>
        <translation>(ប្រភេទដែលបានរាយ បូកបញ្ចូលគ្នាបាន {summed}។)</translation>
    </message>
    <message>
        <source>{n} women</source>
        <translation>ស្ត្រី {n} នាក់</translation>
    </message>
    <message>
        <source>{n} women and girls</source>
        <translation>ស្ត្រី និងក្មេងស្រី {n} នាក់</translation>
    </message>
    <message>
        <source>{n} mine/ERW survivors</source>
        <translation>អ្នករស់រានមានជីវិតពីមីន/សំណល់ជាតិផ្ទុះពីសង្គ្រាម {n} នាក់</translation>
    </message>
    <message>
        <source> (including {details})</source>
        <translation> (ក្នុងនោះ {details})</translation>
    </message>
    <message>
        <source>In {year}, {n} persons with disabilities{details}, including mine/ERW survivors, received medical care, including physiotherapy and surgical interventions.</source>
        <translation>ក្នុងឆ្នាំ {year} ជនមានពិការភាព {n} នាក់{details} រួមទាំងអ្នករស់រានមានជីវិតពីមីន/សំណល់ជាតិផ្ទុះពីសង្គ្រាម បានទទួលការថែទាំវេជ្ជសាស្ត្រ រួមទាំងការព្យាបាលដោយចលនា និងការវះកាត់។</translation>
    </message>
    <message>
        <source>In {year}, {n} persons with disabilities{details} were provided services by the physical rehabilitation centres (PRCs).</source>
        <translation>ក្នុងឆ្នាំ {year} ជនមានពិការភាព {n} នាក់{details} បានទទួលសេវាពីមជ្ឈមណ្ឌលស្ដារនីតិសម្បទា។</translation>
    </message>
    <message>
        <source>{assessed} individuals were assessed by physiotherapists and {treatments} physiotherapy treatments were provided.</source>
        <translation>បុគ្គល {assessed} នាក់ត្រូវបានវាយតម្លៃដោយអ្នកព្យាបាលដោយចលនា ហើយការព្យាបាលដោយចលនាចំនួន {treatments} ដងត្រូវបានផ្ដល់ជូន។</translation>
    </message>
    <message>
        <source>Community-based rehabilitation (CBR) services are available in {provinces} provinces, and {n} persons with disabilities benefited from them.</source>
        <translation>សេវាស្ដារនីតិសម្បទាផ្អែកលើសហគមន៍ (CBR) មាននៅក្នុង {provinces} ខេត្ត ហើយជនមានពិការភាព {n} នាក់បានទទួលផលពីសេវាទាំងនោះ។</translation>
    </message>
    <message>
        <source>In {year}, {n} individuals completed psychosocial support training.</source>
        <translation>ក្នុងឆ្នាំ {year} បុគ្គល {n} នាក់បានបញ្ចប់វគ្គបណ្ដុះបណ្ដាលការគាំទ្រផ្លូវចិត្តសង្គម។</translation>
    </message>
    <message>
        <source>In {year}, {n} individuals were provided with peer-to-peer counselling.</source>
        <translation>ក្នុងឆ្នាំ {year} បុគ្គល {n} នាក់ត្រូវបានផ្ដល់ការប្រឹក្សាពីមិត្តអប់រំមិត្ត។</translation>
    </message>
    <message>
        <source>{n} self-help groups were active.</source>
        <translation>ក្រុមជួយខ្លួនឯង {n} កំពុងដំណើរការ។</translation>
    </message>
    <message>
        <source>In {year}, persons with disabilities, including mine/ERW survivors, were provided with socio-economic services:</source>
        <translation>ក្នុងឆ្នាំ {year} ជនមានពិការភាព រួមទាំងអ្នករស់រានមានជីវិតពីមីន/សំណល់ជាតិផ្ទុះពីសង្គ្រាម ត្រូវបានផ្ដល់សេវាសេដ្ឋកិច្ចសង្គម៖</translation>
    </message>
    <message>
        <source>In {year}, {n} persons with disabilities, including mine/ERW survivors, benefited from socio-economic services.</source>
        <translation>ក្នុងឆ្នាំ {year} ជនមានពិការភាព {n} នាក់ រួមទាំងអ្នករស់រានមានជីវិតពីមីន/សំណល់ជាតិផ្ទុះពីសង្គ្រាម បានទទួលផលពីសេវាសេដ្ឋកិច្ចសង្គម។</translation>
    </message>
    <message>
        <source>In {year}, the Quality-of-Life Survey (QLS) identified and assessed {n} persons with disabilities{details}.</source>
        <translation>ក្នុងឆ្នាំ {year} ការស្ទង់មតិគុណភាពជីវិត (QLS) បានកំណត់អត្តសញ្ញាណ និងវាយតម្លៃជនមានពិការភាព {n} នាក់{details}។</translation>
    </message>
    <message>
        <source>Of them, {n} were mine/ERW survivors (including {women} women).</source>
        <translation>ក្នុងចំណោមពួកគេ {n} នាក់ជាអ្នករស់រានមានជីវិតពីមីន/សំណល់ជាតិផ្ទុះពីសង្គ្រាម (ក្នុងនោះស្ត្រី {women} នាក់)។</translation>
    </message>
    <message>
        <source>Of them, {n} were mine/ERW survivors.</source>
        <translation>ក្នុងចំណោមពួកគេ {n} នាក់ជាអ្នករស់រានមានជីវិតពីមីន/សំណល់ជាតិផ្ទុះពីសង្គ្រាម។</translation>
    </message>
    <message>
        <source>In {year}, {n} chiefs of communes and villages were trained in data collection.</source>
        <translation>ក្នុងឆ្នាំ {year} មេឃុំ និងមេភូមិ {n} នាក់ត្រូវបានបណ្ដុះបណ្ដាលលើការប្រមូលទិន្នន័យ។</translation>
    </message>
    <message>
        <source>In {year}, national resources including a budget of US${n} were allocated to victim assistance.</source>
        <translation>ក្នុងឆ្នាំ {year} ធនធានជាតិ រួមទាំងថវិកាចំនួន US${n} ត្រូវបានបែងចែកសម្រាប់ជំនួយជនរងគ្រោះ។</translation>
    </message>
    <message>
        <source>They were complemented by earmarked funds of {list}.</source>
        <translation>ធនធានទាំងនោះត្រូវបានបំពេញបន្ថែមដោយមូលនិធិកំណត់គោលដៅ {list}។</translation>
    </message>
    <message>
        <source>US${n} from {funder}</source>
        <translation>US${n} ពី {funder}</translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;.</source>
        <translation>ស្ថានភាពដែលមិនស្គាល់ &apos;{status}&apos;។</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation>មូលដ្ឋានទិន្នន័យថ្មី</translation>
    </message>
    <message>
        <source>A new database starts with the reference data (provinces, reporting sources, items and SRAAP indicators) and no figures. Choose the office it belongs to: every record entered in it is marked with that office, so that provincial databases can later be merged at headquarters.</source>
        <translation>មូលដ្ឋានទិន្នន័យថ្មីចាប់ផ្ដើមជាមួយទិន្នន័យយោង (ខេត្ត ប្រភពរាយការណ៍ ធាតុ និងសូចនាករ SRAAP) ហើយគ្មានតួលេខទេ។ សូមជ្រើសការិយាល័យដែលវាជាកម្មសិទ្ធិ៖ កំណត់ត្រានីមួយៗដែលបានបញ្ចូលក្នុងវា ត្រូវបានសម្គាល់ដោយការិយាល័យនោះ ដូច្នេះមូលដ្ឋានទិន្នន័យខេត្តអាចត្រូវបានបញ្ចូលគ្នានៅទីស្នាក់ការកណ្ដាលនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <source>Where to save the database</source>
        <translation>កន្លែងរក្សាទុកមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>រកមើល…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ឯកសារ៖</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>ការិយាល័យ៖</translation>
    </message>
    <message>
        <source>CMDesk databases (*.cmdesk)</source>
        <translation>មូលដ្ឋានទិន្នន័យ CMDesk (*.cmdesk)</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <source>Add an item</source>
        <translation>បន្ថែមធាតុ</translation>
    </message>
    <message>
        <source>e.g. svc.home_visits (never changes once added)</source>
        <translation>ឧ. svc.home_visits (មិនផ្លាស់ប្ដូរទេ បន្ទាប់ពីបានបន្ថែម)</translation>
    </message>
    <message>
        <source>As it appears on the entry page and in reports</source>
        <translation>ដូចដែលវាបង្ហាញនៅលើទំព័របញ្ចូល និងក្នុងរបាយការណ៍</translation>
    </message>
    <message>
        <source>A total stated by the source, checked against the sum of:</source>
        <translation>សរុបដែលប្រភពបានប្រកាស ត្រូវបានត្រួតពិនិត្យធៀបនឹងផលបូកនៃ៖</translation>
    </message>
    <message>
        <source>Checks that apply: whole numbers, never negative; each part at most the total; female survivors at most the females and the survivors.</source>
        <translation>ការត្រួតពិនិត្យដែលអនុវត្ត៖ ចំនួនគត់ មិនអវិជ្ជមាន៖ ផ្នែកនីមួយៗយ៉ាងច្រើនស្មើនឹងសរុប៖ អ្នករស់រានមានជីវិតជាស្ត្រី យ៉ាងច្រើនស្មើនឹងចំនួនស្ត្រី និងចំនួនអ្នករស់រានមានជីវិត។</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ក្រុម</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ឯកតា</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>ផ្នែក</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>&apos;{text}&apos; is negative: a count cannot be below 0.</source>
        <translation>&apos;{text}&apos; ជាលេខអវិជ្ជមាន៖ ចំនួនរាប់មិនអាចតិចជាង 0 បានទេ។</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number: counts of persons, devices and the like have no decimals. For thousands, type 26280 or 26,280.</source>
        <translation>&apos;{text}&apos; មិនមែនជាចំនួនគត់ទេ៖ ចំនួនមនុស្ស ឧបករណ៍ និងអ្វីៗផ្សេងទៀតដែលរាប់ គ្មានទសភាគទេ។ សម្រាប់ពាន់ សូមវាយ 26280 ឬ 26,280។</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number. Type digits, for example 26280, 26,280 or ២៦២៨០.</source>
        <translation>&apos;{text}&apos; មិនមែនជាលេខទេ។ សូមវាយខ្ទង់លេខ ឧទាហរណ៍ 26280, 26,280 ឬ ២៦២៨០។</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Casualties recorded</source>
        <translation>ជនរងគ្រោះដែលបានកត់ត្រា</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>នាក់</translation>
    </message>
    <message>
        <source>{killed} killed, {injured} injured and {amputations} lost limbs</source>
        <translation>ស្លាប់ {killed} នាក់ របួស {injured} នាក់ និងបាត់បង់អវយវៈ {amputations} នាក់</translation>
    </message>
    <message>
        <source>{previous} in {prev_year}</source>
        <translation>{previous} ក្នុងឆ្នាំ {prev_year}</translation>
    </message>
    <message>
        <source>none recorded in {prev_year}</source>
        <translation>គ្មានការកត់ត្រាក្នុងឆ្នាំ {prev_year} ទេ</translation>
    </message>
    <message>
        <source>stated {stated:,}; the types add up to {summed:,} (difference {diff:+,})</source>
        <translation>បានប្រកាស {stated:,}៖ ប្រភេទនានាបូកបញ្ចូលគ្នាបាន {summed:,} (ខុសគ្នា {diff:+,})</translation>
    </message>
    <message>
        <source>Assistive devices produced or repaired</source>
        <translation>ឧបករណ៍ជំនួយដែលបានផលិត ឬជួសជុល</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>ឧបករណ៍</translation>
    </message>
    <message>
        <source>Persons served by rehabilitation centres</source>
        <translation>មនុស្សដែលបានទទួលសេវាពីមជ្ឈមណ្ឌលស្ដារនីតិសម្បទា</translation>
    </message>
    <message>
        <source>of whom {n:,} mine/ERW survivors</source>
        <translation>ក្នុងនោះអ្នករស់រានមានជីវិតពីមីន/សំណល់ជាតិផ្ទុះពីសង្គ្រាម {n:,} នាក់</translation>
    </message>
    <message>
        <source>Persons with disabilities given medical care</source>
        <translation>ជនមានពិការភាពដែលបានទទួលការថែទាំវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <source>Funding for victim assistance</source>
        <translation>មូលនិធិសម្រាប់ជំនួយជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>national US${national:,.0f}; international US${international:,.0f}; earmarked US${earmarked:,.0f}</source>
        <translation>ជាតិ US${national:,.0f}៖ អន្តរជាតិ US${international:,.0f}៖ កំណត់គោលដៅ US${earmarked:,.0f}</translation>
    </message>
    <message>
        <source>Values entered</source>
        <translation>តម្លៃដែលបានបញ្ចូល</translation>
    </message>
    <message>
        <source>values</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>{n} funding lines</source>
        <translation>ជួរមូលនិធិ {n}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>DEMO DATABASE: Cambodia&apos;s published 2024 figures, for trying CMDesk out. Do not enter real data here and do not submit from it.</source>
        <translation>មូលដ្ឋានទិន្នន័យសាកល្បង៖ តួលេខឆ្នាំ ២០២៤ ដែលកម្ពុជាបានផ្សព្វផ្សាយ សម្រាប់សាកល្បងប្រើ CMDesk។ កុំបញ្ចូលទិន្នន័យពិតនៅទីនេះ ហើយកុំដាក់ជូនពីវា។</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>ទិដ្ឋភាពទូទៅ</translation>
    </message>
    <message>
        <source>Overview of {year}</source>
        <translation>ទិដ្ឋភាពទូទៅនៃឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>{office}  ·  {path}</source>
        <translation>{office}  ·  {path}</translation>
    </message>
    <message>
        <source>Years in this database: {years}</source>
        <translation>ឆ្នាំក្នុងមូលដ្ឋានទិន្នន័យនេះ៖ {years}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>មិនទាន់មាន</translation>
    </message>
    <message>
        <source>Values entered</source>
        <translation>តម្លៃដែលបានបញ្ចូល</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>ជួរមូលនិធិ</translation>
    </message>
    <message>
        <source>Casualty records (all years)</source>
        <translation>កំណត់ត្រាជនរងគ្រោះ (គ្រប់ឆ្នាំ)</translation>
    </message>
    <message>
        <source>SRAAP narratives</source>
        <translation>សេចក្ដីរៀបរាប់ SRAAP</translation>
    </message>
    <message>
        <source>Changes in the audit log</source>
        <translation>ការផ្លាស់ប្ដូរក្នុងកំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <source>Returns from the reporting sources</source>
        <translation>របាយការណ៍ពីប្រភពរាយការណ៍</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Services</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <source>Assistive devices</source>
        <translation>ឧបករណ៍ជំនួយ</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>ទិដ្ឋភាពទូទៅ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>ថវិកា</translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation>ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>SRAAP &amp; narrative</source>
        <translation>SRAAP និងសេចក្ដីរៀបរាប់</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>ការផ្លាស់ប្ដូរទិន្នន័យ</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>កំពុងបោះបង់…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>ថត</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ដ្រាយ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>ជ្រើសទាំងអស់ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>ឡើងមួយជំហាន (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>ចុះមួយជំហាន (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>មើលក្នុង៖ (&amp;L)</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ឈ្មោះឯកសារ៖ (&amp;N)</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ប្រភេទឯកសារ៖ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>បើក (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ជ្រើស (&amp;C)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>រក្សាទុកជា</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ទៅមុខ</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ថតមេ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>បង្កើតថតថ្មី</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>ទិដ្ឋភាពបញ្ជី</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>ទិដ្ឋភាពលម្អិត</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>ថតថ្មី (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>ប្ដូរឈ្មោះ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>លុប (&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>បង្ហាញឯកសារលាក់ (&amp;H)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>របារចំហៀង</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>កាលបរិច្ឆេទកែប្រែ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>កុំព្យូទ័រ</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>បញ្ចូលតម្លៃ៖</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>កាត់ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ចម្លង (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>បិទភ្ជាប់ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ជ្រើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>បង្ហាញព័ត៌មានលម្អិត...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>លាក់ព័ត៌មានលម្អិត...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>រក្សាទុកទាំងអស់</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>បាទ/ចាស (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>បាទ/ចាស សម្រាប់ទាំងអស់ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ទេ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ទេ សម្រាប់ទាំងអស់ (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>បញ្ឈប់</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ព្យាយាមម្ដងទៀត</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>មិនអើពើ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>បោះចោល</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>អនុវត្ត</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>កំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ស្ដារលំនាំដើម</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>កាត់ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ចម្លង (&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ចម្លងទីតាំងតំណ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>បិទភ្ជាប់ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ជ្រើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>ReceivedDialog</name>
    <message>
        <source>Return received</source>
        <translation>បានទទួលរបាយការណ៍</translation>
    </message>
    <message>
        <source>&lt;b&gt;{source}&lt;/b&gt;&lt;br&gt;{section}, {year}</source>
        <translation>&lt;b&gt;{source}&lt;/b&gt;&lt;br&gt;{section}, {year}</translation>
    </message>
    <message>
        <source>Figures for this return were first entered on {date}.</source>
        <translation>តួលេខសម្រាប់របាយការណ៍នេះត្រូវបានបញ្ចូលជាលើកដំបូងនៅថ្ងៃ {date}។</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>បានទទួលនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>មិនបានទទួល</translation>
    </message>
    <message>
        <source>Remove the day recorded (and the check).</source>
        <translation>ដកថ្ងៃដែលបានកត់ត្រាចេញ (និងការត្រួតពិនិត្យ)។</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Casualties</source>
        <translation>ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>ស្លាប់</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>របួស</translation>
    </message>
    <message>
        <source>Lost limbs</source>
        <translation>បាត់បង់អវយវៈ</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>ក្មេងប្រុស</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>ក្មេងស្រី</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <source>SRAAP country reporting tracker</source>
        <translation>សៀវភៅតាមដានការរាយការណ៍ប្រចាំប្រទេសនៃ SRAAP</translation>
    </message>
    <message>
        <source>VA update</source>
        <translation>របាយការណ៍បច្ចុប្បន្នភាពជំនួយជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Form J (Article 7 report)</source>
        <translation>ទម្រង់ J (របាយការណ៍មាត្រា ៧)</translation>
    </message>
    <message>
        <source>Unknown document &apos;{kind}&apos;: choose one of {kinds}.</source>
        <translation>ឯកសារដែលមិនស្គាល់ &apos;{kind}&apos;៖ សូមជ្រើសមួយក្នុងចំណោម {kinds}។</translation>
    </message>
    <message>
        <source>{path}: give a file name ending in .xlsx (Excel) or .pdf; &apos;{suffix}&apos; is not a format CMDesk writes.</source>
        <translation>{path}៖ សូមផ្ដល់ឈ្មោះឯកសារដែលបញ្ចប់ដោយ .xlsx (Excel) ឬ .pdf៖ &apos;{suffix}&apos; មិនមែនជាទម្រង់ដែល CMDesk សរសេរទេ។</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>គ្មានកន្ទុយឯកសារ</translation>
    </message>
    <message>
        <source>Unknown format &apos;{format}&apos;: choose xlsx or pdf.</source>
        <translation>ទម្រង់ដែលមិនស្គាល់ &apos;{format}&apos;៖ សូមជ្រើស xlsx ឬ pdf។</translation>
    </message>
    <message>
        <source>{year} has {n} error(s) in its figures (first: {first}). Correct them, or export a draft (--draft); every page is then marked DRAFT.</source>
        <translation>ឆ្នាំ {year} មានកំហុស {n} ក្នុងតួលេខរបស់វា (ទីមួយ៖ {first})។ សូមកែវា ឬនាំចេញជាសេចក្ដីព្រាង (--draft)៖ ទំព័រនីមួយៗនឹងត្រូវបានសម្គាល់ថា សេចក្ដីព្រាង (DRAFT)។</translation>
    </message>
    <message>
        <source>Reading the figures</source>
        <translation>កំពុងអានតួលេខ</translation>
    </message>
    <message>
        <source>{state}: Article 7 report, Form J</source>
        <translation>{state}៖ របាយការណ៍មាត្រា ៧ ទម្រង់ J</translation>
    </message>
    <message>
        <source>Form J: Other relevant matters</source>
        <translation>ទម្រង់ J៖ បញ្ហាពាក់ព័ន្ធផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Updated information provided in accordance with Article 7, paragraph 2 of the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction, submitted {date}, covering the period {period}.</source>
        <translation>ព័ត៌មានបច្ចុប្បន្នភាពដែលបានផ្ដល់ស្របតាមមាត្រា ៧ កថាខណ្ឌ ២ នៃអនុសញ្ញាស្ដីពីការហាមឃាត់ការប្រើប្រាស់ ការស្តុកទុក ការផលិត និងការផ្ទេរមីនប្រឆាំងមនុស្ស និងស្ដីពីការបំផ្លាញមីនទាំងនោះ ដាក់ជូននៅថ្ងៃ {date} គ្របដណ្ដប់លើរយៈពេល {period}។</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>ចំណុចទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>State</source>
        <translation>រដ្ឋ</translation>
    </message>
    <message>
        <source>1. Victim assistance</source>
        <translation>១. ជំនួយជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>In answer to the Committee&apos;s request (&quot;{request}&quot;): {answer}</source>
        <translation>ឆ្លើយតបនឹងសំណើរបស់គណៈកម្មាធិការ (&quot;{request}&quot;)៖ {answer}</translation>
    </message>
    <message>
        <source>Figures: annex, table(s) {refs}.</source>
        <translation>តួលេខ៖ ឧបសម្ព័ន្ធ តារាង {refs}។</translation>
    </message>
    <message>
        <source>Nothing reported under this action for {year}.</source>
        <translation>គ្មានអ្វីត្រូវបានរាយការណ៍ក្រោមសកម្មភាពនេះសម្រាប់ឆ្នាំ {year} ទេ។</translation>
    </message>
    <message>
        <source>2. International cooperation and assistance</source>
        <translation>២. កិច្ចសហប្រតិបត្តិការ និងជំនួយអន្តរជាតិ</translation>
    </message>
    <message>
        <source>National budget for victim assistance (US$)</source>
        <translation>ថវិកាជាតិសម្រាប់ជំនួយជនរងគ្រោះ (US$)</translation>
    </message>
    <message>
        <source>International cooperation and assistance received (US$)</source>
        <translation>កិច្ចសហប្រតិបត្តិការ និងជំនួយអន្តរជាតិដែលបានទទួល (US$)</translation>
    </message>
    <message>
        <source>of which earmarked (US$)</source>
        <translation>ក្នុងនោះកំណត់គោលដៅ (US$)</translation>
    </message>
    <message>
        <source>International cooperation and assistance received in {year}, by funder</source>
        <translation>កិច្ចសហប្រតិបត្តិការ និងជំនួយអន្តរជាតិដែលបានទទួលក្នុងឆ្នាំ {year} តាមម្ចាស់មូលនិធិ</translation>
    </message>
    <message>
        <source>No international funding line entered for {year}.</source>
        <translation>គ្មានជួរមូលនិធិអន្តរជាតិបានបញ្ចូលសម្រាប់ឆ្នាំ {year} ទេ។</translation>
    </message>
    <message>
        <source>National resources in {year}</source>
        <translation>ធនធានជាតិក្នុងឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>Annex: tables</source>
        <translation>ឧបសម្ព័ន្ធ៖ តារាង</translation>
    </message>
    <message>
        <source>DEMO data: not for submission</source>
        <translation>ទិន្នន័យសាកល្បង៖ មិនមែនសម្រាប់ដាក់ជូនទេ</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>ទំព័រ {page} នៃ {pages}</translation>
    </message>
    <message>
        <source>1 January {year} to 31 December {year}</source>
        <translation>ថ្ងៃទី ១ ខែមករា ឆ្នាំ {year} ដល់ថ្ងៃទី ៣១ ខែធ្នូ ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>មន្ត្រីទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>មុខតំណែង</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <source>No casualty recorded in {year} or {previous}.</source>
        <translation>គ្មានជនរងគ្រោះត្រូវបានកត់ត្រាក្នុងឆ្នាំ {year} ឬ {previous} ទេ។</translation>
    </message>
    <message>
        <source>By sex and age</source>
        <translation>តាមភេទ និងអាយុ</translation>
    </message>
    <message>
        <source>By device type</source>
        <translation>តាមប្រភេទគ្រាប់</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>តាមស្ថានភាព</translation>
    </message>
    <message>
        <source>Casualties of mines and explosive remnants of war</source>
        <translation>ជនរងគ្រោះដោយមីន និងសំណល់ជាតិផ្ទុះពីសង្គ្រាម</translation>
    </message>
    <message>
        <source>Casualties recorded in the register</source>
        <translation>ជនរងគ្រោះដែលបានកត់ត្រាក្នុងបញ្ជី</translation>
    </message>
    <message>
        <source>Killed, injured and lost limbs are separate groups: &quot;injured&quot; counts survivors without an amputation.</source>
        <translation>ស្លាប់ របួស និងបាត់បង់អវយវៈ ជាក្រុមដាច់ដោយឡែកពីគ្នា៖ «របួស» រាប់អ្នករស់រានមានជីវិតដែលមិនបានកាត់អវយវៈ។</translation>
    </message>
    <message>
        <source>{caption}: no figures entered for {year}.</source>
        <translation>{caption}៖ គ្មានតួលេខបានបញ្ចូលសម្រាប់ឆ្នាំ {year} ទេ។</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ធាតុ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ឯកតា</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>of which: {part}</source>
        <translation>ក្នុងនោះ៖ {part}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>Total of the types above</source>
        <translation>សរុបនៃប្រភេទខាងលើ</translation>
    </message>
    <message>
        <source>Total as stated by the source</source>
        <translation>សរុបតាមការប្រកាសរបស់ប្រភព</translation>
    </message>
    <message>
        <source>The total stated by the source ({stated:,}) differs from the sum of the types ({summed:,}) by {difference:+,}; both are given as reported.</source>
        <translation>សរុបដែលប្រភពបានប្រកាស ({stated:,}) ខុសពីផលបូកនៃប្រភេទ ({summed:,}) ចំនួន {difference:+,}៖ ទាំងពីរត្រូវបានផ្ដល់ដូចដែលបានរាយការណ៍។</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>No funding line entered for {year}.</source>
        <translation>គ្មានជួរមូលនិធិបានបញ្ចូលសម្រាប់ឆ្នាំ {year} ទេ។</translation>
    </message>
    <message>
        <source>National budget (US$)</source>
        <translation>ថវិកាជាតិ (US$)</translation>
    </message>
    <message>
        <source>International funding (US$)</source>
        <translation>មូលនិធិអន្តរជាតិ (US$)</translation>
    </message>
    <message>
        <source>Total (US$)</source>
        <translation>សរុប (US$)</translation>
    </message>
    <message>
        <source>Funding for victim assistance in {year}</source>
        <translation>មូលនិធិសម្រាប់ជំនួយជនរងគ្រោះក្នុងឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>ម្ចាស់មូលនិធិ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>រូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Rate to US$</source>
        <translation>អត្រាទៅដុល្លារអាមេរិក</translation>
    </message>
    <message>
        <source>Amount (US$)</source>
        <translation>ចំនួនទឹកប្រាក់ (US$)</translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation>កំណត់គោលដៅ</translation>
    </message>
    <message>
        <source>Action {number}: {theme}</source>
        <translation>សកម្មភាពទី {number}៖ {theme}</translation>
    </message>
    <message>
        <source>Answer to the Committee: {answer}</source>
        <translation>ចម្លើយជូនគណៈកម្មាធិការ៖ {answer}</translation>
    </message>
    <message>
        <source>Indicator {code} ({status}): {text}</source>
        <translation>សូចនាករ {code} ({status})៖ {text}</translation>
    </message>
    <message>
        <source>The Committee&apos;s request: {request}</source>
        <translation>សំណើរបស់គណៈកម្មាធិការ៖ {request}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>ចម្លើយ៖ {answer}</translation>
    </message>
    <message>
        <source>No answer entered yet.</source>
        <translation>មិនទាន់បានបញ្ចូលចម្លើយនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>{state}: victim assistance update</source>
        <translation>{state}៖ របាយការណ៍បច្ចុប្បន្នភាពជំនួយជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Victim assistance update: {state}</source>
        <translation>របាយការណ៍បច្ចុប្បន្នភាពជំនួយជនរងគ្រោះ៖ {state}</translation>
    </message>
    <message>
        <source>Progress in implementing the victim assistance actions of the Siem Reap-Angkor Action Plan, for the Committee on Victim Assistance.</source>
        <translation>វឌ្ឍនភាពក្នុងការអនុវត្តសកម្មភាពជំនួយជនរងគ្រោះនៃផែនការសកម្មភាពសៀមរាប-អង្គរ សម្រាប់គណៈកម្មាធិការជំនួយជនរងគ្រោះ។</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>រយៈពេលគ្របដណ្ដប់</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Victim assistance actions</source>
        <translation>សកម្មភាពជំនួយជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Cross-cutting actions</source>
        <translation>សកម្មភាពឆ្លងវិស័យ</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>ទំព័រ &amp;P នៃ &amp;N</translation>
    </message>
    <message>
        <source>DRAFT: not for submission</source>
        <translation>សេចក្ដីព្រាង៖ មិនមែនសម្រាប់ដាក់ជូនទេ</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>សៀវភៅបញ្ជី Excel (.xlsx)</translation>
    </message>
    <message>
        <source>PDF, ready to print (.pdf)</source>
        <translation>PDF រួចរាល់សម្រាប់បោះពុម្ព (.pdf)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>ទម្រង់</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>នាំចេញ…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>បើកថត</translation>
    </message>
    <message>
        <source>Submission details (printed on the documents&apos; cover)</source>
        <translation>ព័ត៌មានលម្អិតនៃការដាក់ជូន (បោះពុម្ពលើក្រដាសគម្របនៃឯកសារ)</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>មន្ត្រីទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>e.g. Cambodian Mine Action and Victim Assistance Authority</source>
        <translation>ឧ. អាជ្ញាធរកម្ពុជាសកម្មភាពកំចាត់មីន និងជំនួយជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>ឈ្មោះអ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>មុខតំណែង</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Submission date</source>
        <translation>កាលបរិច្ឆេទដាក់ជូន</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>រក្សាទុកព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>មូលដ្ឋានទិន្នន័យបើកសម្រាប់តែអាន។</translation>
    </message>
    <message>
        <source>Submitted: these details are kept as they were sent.</source>
        <translation>បានដាក់ជូន៖ ព័ត៌មានលម្អិតទាំងនេះត្រូវបានរក្សាទុកដូចដែលបានផ្ញើ។</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>មិនទាន់បានរក្សាទុក។</translation>
    </message>
    <message>
        <source>Submission details not saved</source>
        <translation>មិនបានរក្សាទុកព័ត៌មានលម្អិតនៃការដាក់ជូនទេ</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>បានរក្សាទុក។</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>សៀវភៅបញ្ជី Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export {document}</source>
        <translation>នាំចេញ {document}</translation>
    </message>
    <message>
        <source>Not exported: {year} has {n} error(s) in its figures. Correct them on the entry pages, or export a draft.</source>
        <translation>មិនបាននាំចេញ៖ ឆ្នាំ {year} មានកំហុស {n} ក្នុងតួលេខរបស់វា។ សូមកែវានៅលើទំព័របញ្ចូល ឬនាំចេញជាសេចក្ដីព្រាង។</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>ការនាំចេញត្រូវបានបោះបង់៖ គ្មានឯកសារណាត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>មិនបាននាំចេញ</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>មិនអាចសរសេរ {path} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>{document} of {year}, as submitted on {date} by {who}, written to {path}.</source>
        <translation>{document} នៃឆ្នាំ {year} ដូចដែលបានដាក់ជូននៅថ្ងៃ {date} ដោយ {who} ត្រូវបានសរសេរទៅ {path}។</translation>
    </message>
    <message>
        <source>{document} of {year} written as a DRAFT to {path}.</source>
        <translation>{document} នៃឆ្នាំ {year} ត្រូវបានសរសេរជាសេចក្ដីព្រាងទៅ {path}។</translation>
    </message>
    <message>
        <source>{document} of {year} written to {path}.</source>
        <translation>{document} នៃឆ្នាំ {year} ត្រូវបានសរសេរទៅ {path}។</translation>
    </message>
    <message>
        <source>Writing {document}…</source>
        <translation>កំពុងសរសេរ {document}…</translation>
    </message>
    <message>
        <source>Export as DRAFT?</source>
        <translation>នាំចេញជាសេចក្ដីព្រាងឬ?</translation>
    </message>
    <message>
        <source>{year} has {n} error(s) in its figures, for example:

{first}

Export as DRAFT? Every page and sheet is then marked DRAFT.</source>
        <translation>ឆ្នាំ {year} មានកំហុស {n} ក្នុងតួលេខរបស់វា ឧទាហរណ៍៖

{first}

នាំចេញជាសេចក្ដីព្រាងឬ? ទំព័រ និងសន្លឹកនីមួយៗនឹងត្រូវបានសម្គាល់ថា សេចក្ដីព្រាង (DRAFT)។</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>ស្ដារពីច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
        <source>Restoring replaces everything in {name} with the backup&apos;s content. The current content is backed up first, so a restore can itself be undone.</source>
        <translation>ការស្ដារជំនួសអ្វីៗទាំងអស់ក្នុង {name} ដោយខ្លឹមសាររបស់ច្បាប់បម្រុងទុក។ ខ្លឹមសារបច្ចុប្បន្នត្រូវបានបម្រុងទុកជាមុនសិន ដូច្នេះការស្ដារខ្លួនវាផ្ទាល់អាចត្រូវបានមិនធ្វើវិញបាន។</translation>
    </message>
    <message>
        <source>{when}  ({reason})</source>
        <translation>{when}  ({reason})</translation>
    </message>
    <message>
        <source>No automatic backups yet.</source>
        <translation>មិនទាន់មានច្បាប់បម្រុងទុកស្វ័យប្រវត្តិនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Choose another backup file…</source>
        <translation>ជ្រើសឯកសារបម្រុងទុកផ្សេងទៀត…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ស្ដារ</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>ជ្រើសច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
        <source>CMDesk databases (*.cmdesk);;All files (*)</source>
        <translation>មូលដ្ឋានទិន្នន័យ CMDesk (*.cmdesk);;ឯកសារទាំងអស់ (*)</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Draft</source>
        <translation>សេចក្ដីព្រាង</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>បានត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>បានដាក់ជូន</translation>
    </message>
    <message>
        <source>{path} is open read-only: a year&apos;s status cannot be changed.</source>
        <translation>{path} បើកសម្រាប់តែអាន៖ មិនអាចផ្លាស់ប្ដូរស្ថានភាពរបស់ឆ្នាំបានទេ។</translation>
    </message>
    <message>
        <source>{year} cannot be {action}: it has {n} unacknowledged error(s). Correct them, or acknowledge them with a reason, then try again. First: {first}</source>
        <translation>មិនអាច{action}ឆ្នាំ {year} បានទេ៖ វាមានកំហុស {n} ដែលមិនទាន់ទទួលស្គាល់។ សូមកែវា ឬទទួលស្គាល់វាដោយមានមូលហេតុ រួចព្យាយាមម្ដងទៀត។ ទីមួយ៖ {first}</translation>
    </message>
    <message>
        <source>{year} is already marked as checked.</source>
        <translation>ឆ្នាំ {year} ត្រូវបានសម្គាល់ថាបានត្រួតពិនិត្យរួចហើយ។</translation>
    </message>
    <message>
        <source>marked as checked</source>
        <translation>សម្គាល់ថាបានត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>ដាក់ជូន</translation>
    </message>
    <message>
        <source>checked on submission</source>
        <translation>បានត្រួតពិនិត្យនៅពេលដាក់ជូន</translation>
    </message>
    <message>
        <source>{year} is a draft already: there is nothing to reopen.</source>
        <translation>ឆ្នាំ {year} ជាសេចក្ដីព្រាងរួចហើយ៖ គ្មានអ្វីត្រូវបើកឡើងវិញទេ។</translation>
    </message>
    <message>
        <source>Give the reason for reopening {year} (it is kept in the audit log), for example: the Committee asked to correct the PRC figures.</source>
        <translation>សូមផ្ដល់មូលហេតុសម្រាប់ការបើកឆ្នាំ {year} ឡើងវិញ (វាត្រូវបានរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម) ឧទាហរណ៍៖ គណៈកម្មាធិការបានស្នើឱ្យកែតួលេខមជ្ឈមណ្ឌលស្ដារនីតិសម្បទា។</translation>
    </message>
    <message>
        <source>{folder} is not a folder. Choose an existing folder to save the documents in.</source>
        <translation>{folder} មិនមែនជាថតទេ។ សូមជ្រើសថតដែលមានស្រាប់ ដើម្បីរក្សាទុកឯកសារ។</translation>
    </message>
    <message>
        <source>{folder} has files of the same names already: {names}. Choose another folder, or replace them.</source>
        <translation>{folder} មានឯកសារដែលមានឈ្មោះដូចគ្នារួចហើយ៖ {names}។ សូមជ្រើសថតផ្សេង ឬជំនួសវា។</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshots of {year}</source>
        <translation>ច្បាប់ថតទុកនៃឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>A snapshot is kept each time {year} is submitted: its figures, funding lines, casualty records, narratives and submission details, with the documents that were sent. Choose one to see what changed since, in today&apos;s data or in a later snapshot.</source>
        <translation>ច្បាប់ថតទុកមួយត្រូវបានរក្សាទុករាល់ពេលឆ្នាំ {year} ត្រូវបានដាក់ជូន៖ តួលេខ ជួរមូលនិធិ កំណត់ត្រាជនរងគ្រោះ សេចក្ដីរៀបរាប់ និងព័ត៌មានលម្អិតនៃការដាក់ជូនរបស់វា ជាមួយឯកសារដែលបានផ្ញើ។ សូមជ្រើសមួយ ដើម្បីមើលអ្វីដែលបានផ្លាស់ប្ដូរតាំងពីពេលនោះ ក្នុងទិន្នន័យថ្ងៃនេះ ឬក្នុងច្បាប់ថតទុកក្រោយៗ។</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>ច្បាប់ថតទុក</translation>
    </message>
    <message>
        <source>Save documents…</source>
        <translation>រក្សាទុកឯកសារ…</translation>
    </message>
    <message>
        <source>Write the documents this snapshot kept, as they were sent, into a folder.</source>
        <translation>សរសេរឯកសារដែលច្បាប់ថតទុកនេះបានរក្សាទុក ដូចដែលបានផ្ញើ ទៅក្នុងថតមួយ។</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>ប្រៀបធៀបជាមួយ៖</translation>
    </message>
    <message>
        <source>Show personal details</source>
        <translation>បង្ហាញព័ត៌មានផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>Casualty records&apos; names, villages and coordinates are personal data: shown only when asked for.</source>
        <translation>ឈ្មោះ ភូមិ និងកូអរដោនេរបស់កំណត់ត្រាជនរងគ្រោះ គឺជាទិន្នន័យផ្ទាល់ខ្លួន៖ បង្ហាញតែពេលដែលបានស្នើសុំប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>{at}  ·  {who}</source>
        <translation>{at}  ·  {who}</translation>
    </message>
    <message>
        <source>{snapshot}  (latest)</source>
        <translation>{snapshot}  (ចុងក្រោយបំផុត)</translation>
    </message>
    <message>
        <source>Snapshot {id}</source>
        <translation>ច្បាប់ថតទុក {id}</translation>
    </message>
    <message>
        <source>{year} has no snapshot yet: one is kept when the year is submitted.</source>
        <translation>ឆ្នាំ {year} មិនទាន់មានច្បាប់ថតទុកទេ៖ មួយត្រូវបានរក្សាទុកនៅពេលឆ្នាំនេះត្រូវបានដាក់ជូន។</translation>
    </message>
    <message>
        <source>Documents kept: {names}</source>
        <translation>ឯកសារដែលបានរក្សាទុក៖ {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>Today&apos;s data</source>
        <translation>ទិន្នន័យថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>The snapshot of {at} ({who})</source>
        <translation>ច្បាប់ថតទុកនៃ {at} ({who})</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>មិនអាចប្រៀបធៀបបានទេ</translation>
    </message>
    <message>
        <source>the snapshot of {at} ({who})</source>
        <translation>ច្បាប់ថតទុកនៃ {at} ({who})</translation>
    </message>
    <message>
        <source>today&apos;s data</source>
        <translation>ទិន្នន័យថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>Nothing changed between {older} and {newer}.</source>
        <translation>គ្មានអ្វីបានផ្លាស់ប្ដូររវាង {older} និង {newer} ទេ។</translation>
    </message>
    <message>
        <source>From {older} to {newer}: {n} row(s) changed ({counts}).</source>
        <translation>ពី {older} ដល់ {newer}៖ ជួរដេក {n} បានផ្លាស់ប្ដូរ ({counts})។</translation>
    </message>
    <message>
        <source>Save the documents of {year} as submitted</source>
        <translation>រក្សាទុកឯកសារនៃឆ្នាំ {year} ដូចដែលបានដាក់ជូន</translation>
    </message>
    <message>
        <source>Documents not saved</source>
        <translation>មិនបានរក្សាទុកឯកសារទេ</translation>
    </message>
    <message>
        <source>Cannot write into {folder}: {reason}.</source>
        <translation>មិនអាចសរសេរចូលទៅក្នុង {folder} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>{n} document(s) saved in {folder}.</source>
        <translation>បានរក្សាទុកឯកសារ {n} ក្នុង {folder}។</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>ជំនួសឯកសារឬ?</translation>
    </message>
    <message>
        <source>The folder has files of the same names already:
{names}

Replace them?</source>
        <translation>ថតនេះមានឯកសារដែលមានឈ្មោះដូចគ្នារួចហើយ៖
{names}

ជំនួសវាឬ?</translation>
    </message>
</context>
<context>
    <name>SraapPage</name>
    <message>
        <source>Import the Committee&apos;s requests…</source>
        <translation>នាំចូលសំណើរបស់គណៈកម្មាធិការ…</translation>
    </message>
    <message>
        <source>Read the Committee&apos;s requests from its SRAAP country reporting tracker (xlsx), into the selected year.</source>
        <translation>អានសំណើរបស់គណៈកម្មាធិការពីសៀវភៅតាមដានការរាយការណ៍ប្រចាំប្រទេសនៃ SRAAP របស់ខ្លួន (xlsx) ចូលទៅក្នុងឆ្នាំដែលបានជ្រើស។</translation>
    </message>
    <message>
        <source>Action / indicator</source>
        <translation>សកម្មភាព / សូចនាករ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>The State&apos;s narrative</source>
        <translation>សេចក្ដីរៀបរាប់របស់រដ្ឋ</translation>
    </message>
    <message>
        <source>Sentences drafted from the year&apos;s figures</source>
        <translation>ប្រយោគដែលបានព្រាងពីតួលេខរបស់ឆ្នាំ</translation>
    </message>
    <message>
        <source>The Committee&apos;s request</source>
        <translation>សំណើរបស់គណៈកម្មាធិការ</translation>
    </message>
    <message>
        <source>The State&apos;s answer</source>
        <translation>ចម្លើយរបស់រដ្ឋ</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>មិនធ្វើការផ្លាស់ប្ដូរវិញ</translation>
    </message>
    <message>
        <source>Show the indicator as it was last saved.</source>
        <translation>បង្ហាញសូចនាករដូចដែលបានរក្សាទុកចុងក្រោយ។</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>SRAAP &amp; narrative</source>
        <translation>SRAAP និងសេចក្ដីរៀបរាប់</translation>
    </message>
    <message>
        <source>Cannot read the narratives</source>
        <translation>មិនអាចអានសេចក្ដីរៀបរាប់បានទេ</translation>
    </message>
    <message>
        <source>Action {n}: {theme}</source>
        <translation>សកម្មភាពទី {n}៖ {theme}</translation>
    </message>
    <message>
        <source>{action} (cross-cutting)</source>
        <translation>{action} (ឆ្លងវិស័យ)</translation>
    </message>
    <message>
        <source>{status} – out of date</source>
        <translation>{status} – ហួសសម័យ</translation>
    </message>
    <message>
        <source>Indicator {code}: {text}</source>
        <translation>សូចនាករ {code}៖ {text}</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>មូលដ្ឋានទិន្នន័យបើកសម្រាប់តែអាន។</translation>
    </message>
    <message>
        <source>{year} is submitted: reopen it to change its narratives.</source>
        <translation>ឆ្នាំ {year} ត្រូវបានដាក់ជូន៖ សូមបើកវាឡើងវិញ ដើម្បីផ្លាស់ប្ដូរសេចក្ដីរៀបរាប់របស់វា។</translation>
    </message>
    <message>
        <source>{figure}: {old} → {new}</source>
        <translation>{figure}៖ {old} → {new}</translation>
    </message>
    <message>
        <source>no longer entered</source>
        <translation>លែងបានបញ្ចូលទៀតហើយ</translation>
    </message>
    <message>
        <source>Out of date: the narrative states figures that have changed since it was written.</source>
        <translation>ហួសសម័យ៖ សេចក្ដីរៀបរាប់បញ្ជាក់តួលេខដែលបានផ្លាស់ប្ដូរតាំងពីវាត្រូវបានសរសេរ។</translation>
    </message>
    <message>
        <source>None for this indicator: no figure of the year belongs to it.</source>
        <translation>គ្មានសម្រាប់សូចនាករនេះទេ៖ គ្មានតួលេខណាមួយរបស់ឆ្នាំជាកម្មសិទ្ធិរបស់វាទេ។</translation>
    </message>
    <message>
        <source>Use this sentence</source>
        <translation>ប្រើប្រយោគនេះ</translation>
    </message>
    <message>
        <source>{item}, of which {part}</source>
        <translation>{item} ក្នុងនោះ {part}</translation>
    </message>
    <message>
        <source>Casualties: {category}</source>
        <translation>ជនរងគ្រោះ៖ {category}</translation>
    </message>
    <message>
        <source>National budget (US$)</source>
        <translation>ថវិកាជាតិ (US$)</translation>
    </message>
    <message>
        <source>International funding (US$)</source>
        <translation>មូលនិធិអន្តរជាតិ (US$)</translation>
    </message>
    <message>
        <source>Earmarked funds (US$)</source>
        <translation>មូលនិធិកំណត់គោលដៅ (US$)</translation>
    </message>
    <message>
        <source>Total funding (US$)</source>
        <translation>មូលនិធិសរុប (US$)</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>មិនទាន់បានរក្សាទុក។</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>បានរក្សាទុក។</translation>
    </message>
    <message>
        <source>Sentence added and saved.</source>
        <translation>បានបន្ថែម និងរក្សាទុកប្រយោគ។</translation>
    </message>
    <message>
        <source>Import the Committee&apos;s requests</source>
        <translation>នាំចូលសំណើរបស់គណៈកម្មាធិការ</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>សៀវភៅបញ្ជី Excel (*.xlsx);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Cannot read {name}</source>
        <translation>មិនអាចអាន {name} បានទេ</translation>
    </message>
    <message>
        <source>Row {row}, column {column} (&apos;{text}&apos;): {reason}</source>
        <translation>ជួរដេក {row} ជួរឈរ {column} (&apos;{text}&apos;)៖ {reason}</translation>
    </message>
    <message>
        <source>{name}: {n} problem(s). Nothing was imported: correct the file and import it again.</source>
        <translation>{name}៖ បញ្ហា {n}។ គ្មានអ្វីត្រូវបាននាំចូលទេ៖ សូមកែឯកសារ ហើយនាំចូលវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{name}: {added} request(s) to add, {changed} to change, {unchanged} unchanged, for {year}.</source>
        <translation>{name}៖ សំណើ {added} ត្រូវបន្ថែម {changed} ត្រូវផ្លាស់ប្ដូរ {unchanged} មិនផ្លាស់ប្ដូរ សម្រាប់ឆ្នាំ {year}។</translation>
    </message>
    <message>
        <source>{summary} Not imported.</source>
        <translation>{summary} មិនបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>មិនបាននាំចូល</translation>
    </message>
    <message>
        <source>Imported {name}: {added} added, {changed} changed, {unchanged} unchanged.</source>
        <translation>បាននាំចូល {name}៖ បានបន្ថែម {added} បានផ្លាស់ប្ដូរ {changed} មិនផ្លាស់ប្ដូរ {unchanged}។</translation>
    </message>
    <message>
        <source>{summary}

Import them now?</source>
        <translation>{summary}

នាំចូលវាឥឡូវនេះឬ?</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Give a reason to acknowledge this finding: it is kept in the audit log and read by whoever checks the year.</source>
        <translation>សូមផ្ដល់មូលហេតុដើម្បីទទួលស្គាល់លទ្ធផលនេះ៖ វាត្រូវបានរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម ហើយត្រូវបានអានដោយអ្នកដែលត្រួតពិនិត្យឆ្នាំនេះ។</translation>
    </message>
    <message>
        <source>Choose another file name: a backup copy cannot replace the database itself.</source>
        <translation>សូមជ្រើសឈ្មោះឯកសារផ្សេង៖ ច្បាប់ចម្លងបម្រុងទុកមិនអាចជំនួសមូលដ្ឋានទិន្នន័យខ្លួនវាផ្ទាល់បានទេ។</translation>
    </message>
    <message>
        <source>The register cannot be sorted by &apos;{column}&apos;.</source>
        <translation>មិនអាចតម្រៀបបញ្ជីតាម &apos;{column}&apos; បានទេ។</translation>
    </message>
    <message>
        <source>There is no casualty record with id {id}: it may have been deleted. Reload the Casualties page and try again.</source>
        <translation>គ្មានកំណត់ត្រាជនរងគ្រោះដែលមានលេខសម្គាល់ {id} ទេ៖ វាប្រហែលជាត្រូវបានលុប។ សូមផ្ទុកទំព័រជនរងគ្រោះឡើងវិញ ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Unknown casualty fields: {fields}.</source>
        <translation>វាលជនរងគ្រោះដែលមិនស្គាល់៖ {fields}។</translation>
    </message>
    <message>
        <source>A casualty record to restore needs its id.</source>
        <translation>កំណត់ត្រាជនរងគ្រោះដែលត្រូវស្ដារ ត្រូវការលេខសម្គាល់របស់វា។</translation>
    </message>
    <message>
        <source>Casualty record {id} cannot be restored: a record with that id exists already.</source>
        <translation>មិនអាចស្ដារកំណត់ត្រាជនរងគ្រោះ {id} បានទេ៖ មានកំណត់ត្រាដែលមានលេខសម្គាល់នោះរួចហើយ។</translation>
    </message>
    <message>
        <source>{path} is in use by another program. Close the other program (or the other CMDesk window) and try again.</source>
        <translation>{path} កំពុងត្រូវបានប្រើដោយកម្មវិធីផ្សេង។ សូមបិទកម្មវិធីផ្សេងនោះ (ឬផ្ទាំងបង្អួច CMDesk ផ្សេងទៀត) ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{path} is not a CMDesk database. Choose a file made by CMDesk (File &gt; New database makes one).</source>
        <translation>{path} មិនមែនជាមូលដ្ឋានទិន្នន័យ CMDesk ទេ។ សូមជ្រើសឯកសារដែលបង្កើតដោយ CMDesk (ឯកសារ &gt; មូលដ្ឋានទិន្នន័យថ្មី បង្កើតមួយ)។</translation>
    </message>
    <message>
        <source>{path} cannot be written. Copy it to a folder where you can save files, or clear its read-only property, and open the copy.</source>
        <translation>មិនអាចសរសេរ {path} បានទេ។ សូមចម្លងវាទៅថតមួយដែលអ្នកអាចរក្សាទុកឯកសារបាន ឬដកលក្ខណៈសម្រាប់តែអានរបស់វាចេញ ហើយបើកច្បាប់ចម្លងនោះ។</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Restore it from a backup (File &gt; Restore from backup); the file has not been changed.</source>
        <translation>{path} ខូច ({detail})។ សូមស្ដារវាពីច្បាប់បម្រុងទុក (ឯកសារ &gt; ស្ដារពីច្បាប់បម្រុងទុក)៖ ឯកសារមិនត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} មិនមានទេ។</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ជាថត មិនមែនជាឯកសារមូលដ្ឋានទិន្នន័យទេ។</translation>
    </message>
    <message>
        <source>{path} cannot be read: you do not have permission.</source>
        <translation>មិនអាចអាន {path} បានទេ៖ អ្នកគ្មានការអនុញ្ញាតទេ។</translation>
    </message>
    <message>
        <source>{path} is not a CMDesk database (it is not an SQLite file). Choose a file made by CMDesk.</source>
        <translation>{path} មិនមែនជាមូលដ្ឋានទិន្នន័យ CMDesk ទេ (វាមិនមែនជាឯកសារ SQLite ទេ)។ សូមជ្រើសឯកសារដែលបង្កើតដោយ CMDesk។</translation>
    </message>
    <message>
        <source>{path} is an SQLite database made by another program, not by CMDesk. CMDesk leaves it untouched.</source>
        <translation>{path} ជាមូលដ្ឋានទិន្នន័យ SQLite ដែលបង្កើតដោយកម្មវិធីផ្សេង មិនមែនដោយ CMDesk ទេ។ CMDesk មិនប៉ះពាល់វាទេ។</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of CMDesk (it has changes this version does not know: {names}). Install the newer CMDesk to open it.</source>
        <translation>{path} ត្រូវបានបង្កើតដោយកំណែថ្មីជាងរបស់ CMDesk (វាមានការផ្លាស់ប្ដូរដែលកំណែនេះមិនស្គាល់៖ {names})។ សូមដំឡើង CMDesk ថ្មីជាងនេះ ដើម្បីបើកវា។</translation>
    </message>
    <message>
        <source>{path} is read-only (or its folder is). CMDesk needs to save changes and backups beside it: copy it to a folder where you can save files, or clear its read-only property.</source>
        <translation>{path} សម្រាប់តែអាន (ឬថតរបស់វា)។ CMDesk ត្រូវការរក្សាទុកការផ្លាស់ប្ដូរ និងច្បាប់បម្រុងទុកនៅក្បែរវា៖ សូមចម្លងវាទៅថតមួយដែលអ្នកអាចរក្សាទុកឯកសារបាន ឬដកលក្ខណៈសម្រាប់តែអានរបស់វាចេញ។</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>{path} មានរួចហើយ។ សូមជ្រើសឈ្មោះផ្សេង ឬបើកវាដោយ ឯកសារ &gt; បើក។</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>ថត {folder} មិនមានទេ។</translation>
    </message>
    <message>
        <source>CMDesk cannot save in {folder}: choose a folder where you can save files.</source>
        <translation>CMDesk មិនអាចរក្សាទុកក្នុង {folder} បានទេ៖ សូមជ្រើសថតមួយដែលអ្នកអាចរក្សាទុកឯកសារបាន។</translation>
    </message>
    <message>
        <source>There is no funding line with id {id}: it may have been deleted. Reload the Budget page and try again.</source>
        <translation>គ្មានជួរមូលនិធិដែលមានលេខសម្គាល់ {id} ទេ៖ វាប្រហែលជាត្រូវបានលុប។ សូមផ្ទុកទំព័រថវិកាឡើងវិញ ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>A funding line to restore needs its id.</source>
        <translation>ជួរមូលនិធិដែលត្រូវស្ដារ ត្រូវការលេខសម្គាល់របស់វា។</translation>
    </message>
    <message>
        <source>Funding line {id} cannot be restored: a line with that id exists already.</source>
        <translation>មិនអាចស្ដារជួរមូលនិធិ {id} បានទេ៖ មានជួរដែលមានលេខសម្គាល់នោះរួចហើយ។</translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;.</source>
        <translation>ស្ថានភាពដែលមិនស្គាល់ &apos;{status}&apos;។</translation>
    </message>
    <message>
        <source>&apos;expected&apos; must be yes or no, not {value!r}.</source>
        <translation>&apos;expected&apos; ត្រូវតែជា yes ឬ no មិនមែន {value!r} ទេ។</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text, not {value!r}.</source>
        <translation>&apos;{field}&apos; ត្រូវតែជាអត្ថបទ មិនមែន {value!r} ទេ។</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date: give it as YYYY-MM-DD, for example 2025-01-31.</source>
        <translation>&apos;{value}&apos; មិនមែនជាកាលបរិច្ឆេទទេ៖ សូមផ្ដល់វាជា YYYY-MM-DD ឧទាហរណ៍ 2025-01-31។</translation>
    </message>
    <message>
        <source>Unknown fields of a return: {fields}.</source>
        <translation>វាលដែលមិនស្គាល់នៃរបាយការណ៍៖ {fields}។</translation>
    </message>
    <message>
        <source>Unknown reporting source &apos;{source}&apos;.</source>
        <translation>ប្រភពរាយការណ៍ដែលមិនស្គាល់ &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>A return must be received before it is checked.</source>
        <translation>របាយការណ៍ត្រូវតែបានទទួល មុនពេលវាត្រូវបានត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>There is no snapshot with id &apos;{id}&apos;. `cmdesk year status --year YEAR` lists a year&apos;s snapshots.</source>
        <translation>គ្មានច្បាប់ថតទុកដែលមានលេខសម្គាល់ &apos;{id}&apos; ទេ។ `cmdesk year status --year YEAR` រាយច្បាប់ថតទុករបស់ឆ្នាំមួយ។</translation>
    </message>
    <message>
        <source>{year} has no snapshot &apos;{id}&apos;{several}. `cmdesk year status --year {year}` lists its snapshots.</source>
        <translation>ឆ្នាំ {year} គ្មានច្បាប់ថតទុក &apos;{id}&apos; ទេ{several}។ `cmdesk year status --year {year}` រាយច្បាប់ថតទុករបស់វា។</translation>
    </message>
    <message>
        <source> (several start so: give more of the id)</source>
        <translation> (មានច្រើនចាប់ផ្ដើមដូច្នេះ៖ សូមផ្ដល់លេខសម្គាល់ឱ្យបានច្រើនជាងនេះ)</translation>
    </message>
    <message>
        <source>Unknown submission fields: {fields}.</source>
        <translation>វាលនៃការដាក់ជូនដែលមិនស្គាល់៖ {fields}។</translation>
    </message>
    <message>
        <source>The submission date &apos;{date}&apos; is not a date: type it as YYYY-MM-DD, for example 2025-04-30.</source>
        <translation>កាលបរិច្ឆេទដាក់ជូន &apos;{date}&apos; មិនមែនជាកាលបរិច្ឆេទទេ៖ សូមវាយវាជា YYYY-MM-DD ឧទាហរណ៍ 2025-04-30។</translation>
    </message>
    <message>
        <source>{year}, source &apos;{source}&apos;, item &apos;{item}&apos;, part &apos;{part}&apos;</source>
        <translation>{year} ប្រភព &apos;{source}&apos; ធាតុ &apos;{item}&apos; ផ្នែក &apos;{part}&apos;</translation>
    </message>
    <message>
        <source>Unknown item &apos;{item}&apos;.</source>
        <translation>ធាតុដែលមិនស្គាល់ &apos;{item}&apos;។</translation>
    </message>
    <message>
        <source>{where}: this item has no part &apos;{part}&apos; (allowed: {allowed}).</source>
        <translation>{where}៖ ធាតុនេះគ្មានផ្នែក &apos;{part}&apos; ទេ (អនុញ្ញាត៖ {allowed})។</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not a whole number of 0 or more.</source>
        <translation>{where}៖ {value!r} មិនមែនជាចំនួនគត់ចាប់ពី 0 ឡើងទៅទេ។</translation>
    </message>
    <message>
        <source>Year {year} is outside 1979-2100.</source>
        <translation>ឆ្នាំ {year} នៅក្រៅចន្លោះ 1979-2100។</translation>
    </message>
    <message>
        <source>Unknown year status &apos;{status}&apos;.</source>
        <translation>ស្ថានភាពឆ្នាំដែលមិនស្គាល់ &apos;{status}&apos;។</translation>
    </message>
    <message>
        <source>{year} was submitted on {date} by {who} and is frozen. Reopen it (Overview &gt; Reopen, or `cmdesk year reopen --year {year} --reason ...`) to change it.</source>
        <translation>ឆ្នាំ {year} ត្រូវបានដាក់ជូននៅថ្ងៃ {date} ដោយ {who} ហើយត្រូវបានបង្កក។ សូមបើកវាឡើងវិញ (ទិដ្ឋភាពទូទៅ &gt; បើកឡើងវិញ ឬ `cmdesk year reopen --year {year} --reason ...`) ដើម្បីផ្លាស់ប្ដូរវា។</translation>
    </message>
</context>
<context>
    <name>ValuesCSV</name>
    <message>
        <source>Cannot read {path}: {reason}. Check the file&apos;s name and that you may open it.</source>
        <translation>មិនអាចអាន {path} បានទេ៖ {reason}។ សូមពិនិត្យឈ្មោះឯកសារ និងថាអ្នកអាចបើកវាបាន។</translation>
    </message>
    <message>
        <source>{path}, line {line}: the file is not UTF-8 text. In Excel, choose File &gt; Save As, type &quot;CSV UTF-8 (Comma delimited)&quot;, and import that file.</source>
        <translation>{path} បន្ទាត់ {line}៖ ឯកសារនេះមិនមែនជាអត្ថបទ UTF-8 ទេ។ ក្នុង Excel សូមជ្រើស File &gt; Save As ប្រភេទ &quot;CSV UTF-8 (Comma delimited)&quot; ហើយនាំចូលឯកសារនោះ។</translation>
    </message>
    <message>
        <source>{path}, line {line}: the file cannot be read as CSV ({detail}). Open it in Excel and save it again as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>{path} បន្ទាត់ {line}៖ មិនអាចអានឯកសារនេះជា CSV បានទេ ({detail})។ សូមបើកវាក្នុង Excel ហើយរក្សាទុកវាម្ដងទៀតជា &quot;CSV UTF-8 (Comma delimited)&quot;។</translation>
    </message>
    <message>
        <source>missing column(s) {names}</source>
        <translation>ខ្វះជួរឈរ {names}</translation>
    </message>
    <message>
        <source>unknown column(s) {names}</source>
        <translation>ជួរឈរដែលមិនស្គាល់ {names}</translation>
    </message>
    <message>
        <source>column(s) {names} given twice</source>
        <translation>ជួរឈរ {names} ត្រូវបានផ្ដល់ពីរដង</translation>
    </message>
    <message>
        <source>{path}, line {line} (the header): {found}. The header must name the columns {columns}, in any order.</source>
        <translation>{path} បន្ទាត់ {line} (ក្បាលជួរឈរ)៖ {found}។ ក្បាលជួរឈរត្រូវតែដាក់ឈ្មោះជួរឈរ {columns} តាមលំដាប់ណាក៏បាន។</translation>
    </message>
    <message>
        <source> Did you mean &apos;{code}&apos;?</source>
        <translation> តើអ្នកចង់សំដៅលើ &apos;{code}&apos; ឬ?</translation>
    </message>
    <message>
        <source>this cell is under no named column. Move its text to the &apos;comment&apos; column or delete it.</source>
        <translation>ក្រឡានេះមិននៅក្រោមជួរឈរដែលមានឈ្មោះទេ។ សូមផ្លាស់ទីអត្ថបទរបស់វាទៅជួរឈរ &apos;comment&apos; ឬលុបវាចោល។</translation>
    </message>
    <message>
        <source>year is empty. Write the year in full, for example 2024.</source>
        <translation>ឆ្នាំទទេ។ សូមសរសេរឆ្នាំពេញ ឧទាហរណ៍ 2024។</translation>
    </message>
    <message>
        <source>not a year from {first} to {last}. Write the year in full, for example 2024.</source>
        <translation>មិនមែនជាឆ្នាំពី {first} ដល់ {last} ទេ។ សូមសរសេរឆ្នាំពេញ ឧទាហរណ៍ 2024។</translation>
    </message>
    <message>
        <source>source is empty. Write a reporting-source code, for example &apos;national&apos; (see docs/values-csv.md).</source>
        <translation>ប្រភពទទេ។ សូមសរសេរលេខកូដប្រភពរាយការណ៍ ឧទាហរណ៍ &apos;national&apos; (មើល docs/values-csv.md)។</translation>
    </message>
    <message>
        <source>unknown reporting source.{hint} The codes are listed in docs/values-csv.md.</source>
        <translation>ប្រភពរាយការណ៍ដែលមិនស្គាល់។{hint} លេខកូដត្រូវបានរាយក្នុង docs/values-csv.md។</translation>
    </message>
    <message>
        <source>item is empty. Write an item code, for example &apos;inc.sport&apos; (see docs/values-csv.md).</source>
        <translation>ធាតុទទេ។ សូមសរសេរលេខកូដធាតុ ឧទាហរណ៍ &apos;inc.sport&apos; (មើល docs/values-csv.md)។</translation>
    </message>
    <message>
        <source>this total is computed from {items}, never typed. Give those items instead.</source>
        <translation>សរុបនេះត្រូវបានគណនាពី {items} មិនដែលវាយបញ្ចូលទេ។ សូមផ្ដល់ធាតុទាំងនោះជំនួសវិញ។</translation>
    </message>
    <message>
        <source>unknown item.{hint} The codes are listed in docs/values-csv.md.</source>
        <translation>ធាតុដែលមិនស្គាល់។{hint} លេខកូដត្រូវបានរាយក្នុង docs/values-csv.md។</translation>
    </message>
    <message>
        <source>item {item} has no such part. Allowed: {parts} (empty means total).</source>
        <translation>ធាតុ {item} គ្មានផ្នែកនេះទេ។ អនុញ្ញាត៖ {parts} (ទទេមានន័យថាសរុប)។</translation>
    </message>
    <message>
        <source>not a number. Type digits, for example 26280, 26,280 or ២៦២៨០.</source>
        <translation>មិនមែនជាលេខទេ។ សូមវាយខ្ទង់លេខ ឧទាហរណ៍ 26280, 26,280 ឬ ២៦២៨០។</translation>
    </message>
    <message>
        <source>value is empty. Write the figure (0 for none), or delete the line.</source>
        <translation>តម្លៃទទេ។ សូមសរសេរតួលេខ (0 បើគ្មាន) ឬលុបបន្ទាត់នេះ។</translation>
    </message>
    <message>
        <source>too large to be a count. Check the figure.</source>
        <translation>ធំពេកសម្រាប់ជាចំនួនរាប់។ សូមពិនិត្យតួលេខ។</translation>
    </message>
    <message>
        <source>See also line(s) {lines}.</source>
        <translation>សូមមើលបន្ទាត់ {lines} ផងដែរ។</translation>
    </message>
    <message>
        <source>Already in the database for {year}, {source}: {cells}.</source>
        <translation>មានក្នុងមូលដ្ឋានទិន្នន័យរួចហើយសម្រាប់ {year}, {source}៖ {cells}។</translation>
    </message>
    <message>
        <source>{path} is empty. Its first line must be the header {columns}.</source>
        <translation>{path} ទទេ។ បន្ទាត់ទីមួយរបស់វាត្រូវតែជាក្បាលជួរឈរ {columns}។</translation>
    </message>
    <message>
        <source>line {first} already gives {year}, {source}, {item}, {part}. Keep one of the two lines.</source>
        <translation>បន្ទាត់ {first} បានផ្ដល់ {year}, {source}, {item}, {part} រួចហើយ។ សូមរក្សាបន្ទាត់មួយក្នុងចំណោមបន្ទាត់ទាំងពីរ។</translation>
    </message>
    <message>
        <source>{path} has {n} problem(s); nothing was imported. Correct the file and import it again.</source>
        <translation>{path} មានបញ្ហា {n}៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមកែឯកសារ ហើយនាំចូលវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. If the file is open in Excel, close it; otherwise choose another folder.</source>
        <translation>មិនអាចសរសេរ {path} បានទេ៖ {reason}។ ប្រសិនបើឯកសារកំពុងបើកក្នុង Excel សូមបិទវា បើមិនដូច្នោះទេ សូមជ្រើសថតផ្សេង។</translation>
    </message>
</context>
<context>
    <name>ValuesGridModel</name>
    <message>
        <source>Item</source>
        <translation>ធាតុ</translation>
    </message>
    <message>
        <source>Total {year}</source>
        <translation>សរុប {year}</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>ឆ្នាំមុន</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ឯកតា</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>មតិយោបល់</translation>
    </message>
    <message>
        <source>{label} (retired)</source>
        <translation>{label} (ឈប់ប្រើ)</translation>
    </message>
    <message>
        <source>By source:</source>
        <translation>តាមប្រភព៖</translation>
    </message>
    <message>
        <source>Computed: the sum of {items}.</source>
        <translation>គណនា៖ ផលបូកនៃ {items}។</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <source>Who is entering data?</source>
        <translation>តើនរណាកំពុងបញ្ចូលទិន្នន័យ?</translation>
    </message>
    <message>
        <source>CMDesk records who made each change. Type your name as colleagues know it; you can change it later.</source>
        <translation>CMDesk កត់ត្រាថានរណាបានធ្វើការផ្លាស់ប្ដូរនីមួយៗ។ សូមវាយឈ្មោះរបស់អ្នកដូចដែលមិត្តរួមការងារស្គាល់៖ អ្នកអាចផ្លាស់ប្ដូរវានៅពេលក្រោយ។</translation>
    </message>
</context>
<context>
    <name>YearStatusWidget</name>
    <message>
        <source>Mark as checked</source>
        <translation>សម្គាល់ថាបានត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Say that the year&apos;s figures were reviewed and are complete and consistent.</source>
        <translation>បញ្ជាក់ថាតួលេខរបស់ឆ្នាំត្រូវបានពិនិត្យឡើងវិញ ហើយពេញលេញ និងស៊ីសង្វាក់គ្នា។</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>ដាក់ជូន</translation>
    </message>
    <message>
        <source>Keep a snapshot of the year&apos;s data with the documents produced from it, and freeze the year.</source>
        <translation>រក្សាច្បាប់ថតទុកនៃទិន្នន័យរបស់ឆ្នាំ ជាមួយឯកសារដែលបានបង្កើតពីវា ហើយបង្កកឆ្នាំនេះ។</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>បើកឡើងវិញ…</translation>
    </message>
    <message>
        <source>Make the year a draft again (a reason is asked).</source>
        <translation>ធ្វើឱ្យឆ្នាំនេះជាសេចក្ដីព្រាងម្ដងទៀត (នឹងសួររកមូលហេតុ)។</translation>
    </message>
    <message>
        <source>Snapshots…</source>
        <translation>ច្បាប់ថតទុក…</translation>
    </message>
    <message>
        <source>What was submitted, and what changed since; save the documents that were sent.</source>
        <translation>អ្វីដែលបានដាក់ជូន និងអ្វីដែលបានផ្លាស់ប្ដូរតាំងពីពេលនោះ៖ រក្សាទុកឯកសារដែលបានផ្ញើ។</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>ការអនុម័ត</translation>
    </message>
    <message>
        <source>{year}:</source>
        <translation>{year}៖</translation>
    </message>
    <message>
        <source>Snapshots ({n})…</source>
        <translation>ច្បាប់ថតទុក ({n})…</translation>
    </message>
    <message>
        <source>Figures are being entered. Mark the year as checked once it has been reviewed, and submit it when its documents are sent.</source>
        <translation>កំពុងបញ្ចូលតួលេខ។ សូមសម្គាល់ឆ្នាំនេះថាបានត្រួតពិនិត្យ នៅពេលវាត្រូវបានពិនិត្យឡើងវិញ ហើយដាក់ជូនវា នៅពេលឯកសាររបស់វាត្រូវបានផ្ញើ។</translation>
    </message>
    <message>
        <source>Reopened by {who} on {at} (UTC).</source>
        <translation>បានបើកឡើងវិញដោយ {who} នៅ {at} (UTC)។</translation>
    </message>
    <message>
        <source>Checked by {who} on {at} (UTC).</source>
        <translation>បានត្រួតពិនិត្យដោយ {who} នៅ {at} (UTC)។</translation>
    </message>
    <message>
        <source>Submitted by {who} on {at} (UTC). Its data are frozen: reopen the year to change them.</source>
        <translation>បានដាក់ជូនដោយ {who} នៅ {at} (UTC)។ ទិន្នន័យរបស់វាត្រូវបានបង្កក៖ សូមបើកឆ្នាំនេះឡើងវិញ ដើម្បីផ្លាស់ប្ដូរវា។</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>មូលហេតុ៖ {reason}</translation>
    </message>
    <message>
        <source>Not done: {year} has {n} unacknowledged error(s).</source>
        <translation>មិនបានធ្វើ៖ ឆ្នាំ {year} មានកំហុស {n} ដែលមិនទាន់ទទួលស្គាល់។</translation>
    </message>
    <message>
        <source>marked as checked</source>
        <translation>សម្គាល់ថាបានត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Not marked as checked</source>
        <translation>មិនបានសម្គាល់ថាបានត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>{year} is marked as checked.</source>
        <translation>ឆ្នាំ {year} ត្រូវបានសម្គាល់ថាបានត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>ដាក់ជូន</translation>
    </message>
    <message>
        <source>Submit {year}?</source>
        <translation>ដាក់ជូនឆ្នាំ {year} ឬ?</translation>
    </message>
    <message>
        <source>Submit {year}? CMDesk keeps a snapshot of the year&apos;s figures, funding lines, casualty records, narratives and submission details, with the three documents as xlsx and PDF, and freezes the year: its data can then be changed only after reopening it.</source>
        <translation>ដាក់ជូនឆ្នាំ {year} ឬ? CMDesk រក្សាច្បាប់ថតទុកនៃតួលេខ ជួរមូលនិធិ កំណត់ត្រាជនរងគ្រោះ សេចក្ដីរៀបរាប់ និងព័ត៌មានលម្អិតនៃការដាក់ជូនរបស់ឆ្នាំ ជាមួយឯកសារទាំងបីជា xlsx និង PDF ហើយបង្កកឆ្នាំនេះ៖ ទិន្នន័យរបស់វាអាចផ្លាស់ប្ដូរបានតែបន្ទាប់ពីបើកវាឡើងវិញប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Submitting {year}…</source>
        <translation>កំពុងដាក់ជូនឆ្នាំ {year}…</translation>
    </message>
    <message>
        <source>Cancelled: {year} was not submitted.</source>
        <translation>បានបោះបង់៖ ឆ្នាំ {year} មិនត្រូវបានដាក់ជូនទេ។</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>មិនបានដាក់ជូន</translation>
    </message>
    <message>
        <source>{year} is submitted. The snapshot keeps its data and the documents produced ({n}).</source>
        <translation>ឆ្នាំ {year} ត្រូវបានដាក់ជូន។ ច្បាប់ថតទុករក្សាទិន្នន័យរបស់វា និងឯកសារដែលបានបង្កើត ({n})។</translation>
    </message>
    <message>
        <source>Reopen {year}</source>
        <translation>បើកឆ្នាំ {year} ឡើងវិញ</translation>
    </message>
    <message>
        <source>Why is {year} reopened? The reason is kept in the audit log; the snapshots of its submissions stay.</source>
        <translation>ហេតុអ្វីបានជាឆ្នាំ {year} ត្រូវបានបើកឡើងវិញ? មូលហេតុត្រូវបានរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម៖ ច្បាប់ថតទុកនៃការដាក់ជូនរបស់វានៅដដែល។</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>មិនបានបើកឡើងវិញ</translation>
    </message>
    <message>
        <source>{year} is a draft again.</source>
        <translation>ឆ្នាំ {year} ជាសេចក្ដីព្រាងម្ដងទៀត។</translation>
    </message>
</context>
</TS>
