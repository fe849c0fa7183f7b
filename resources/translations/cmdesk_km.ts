<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the last database; opening the demo database instead</source>
        <translation>មិន​អាច​បើក​មូលដ្ឋាន​ទិន្នន័យ​ចុងក្រោយ​បានទេ ដូច្នេះ​កំពុង​បើក​មូលដ្ឋាន​ទិន្នន័យ​សាកល្បង​ជំនួស​វិញ</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>មិន​អាច​បើក​មូលដ្ឋាន​ទិន្នន័យ​បានទេ</translation>
    </message>
</context>
<context>
    <name>BlockingErrorsDialog</name>
    <message>
        <source>{year} cannot be {action}</source>
        <translation>មិន​អាច{action}ឆ្នាំ {year} បានទេ</translation>
    </message>
    <message>
        <source>{year} has {n} unacknowledged error(s). Correct each one on its page, or acknowledge it with a reason on the Overview page; then try again.</source>
        <translation>ឆ្នាំ {year} មាន​កំហុស {n} ដែល​មិនទាន់​បាន​ទទួលស្គាល់។ សូម​កែ​កំហុស​នី​មួយ​ៗ​នៅ​លើ​ទំព័រ​របស់​វា ឬ​ទទួលស្គាល់​វា​ដោយ​ផ្ដល់​មូលហេតុ​នៅ​លើ​ទំព័រ​ទិដ្ឋភាព​ទូទៅ រួច​ព្យាយាម​ម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>One line per allocation, in the funder&apos;s currency with the year&apos;s average rate to US$. Totals are in US$.</source>
        <translation>មួយ​ជួរ​សម្រាប់​ការបែងចែក​មួយ ជា​រូបិយប័ណ្ណ​របស់​ម្ចាស់​មូលនិធិ ជាមួយ​អត្រា​ប្ដូរប្រាក់​មធ្យម​ប្រចាំឆ្នាំ​ទៅជា​ដុល្លារ​អាមេរិក។ ចំនួន​សរុប​គិតជា​ដុល្លារ​អាមេរិក។</translation>
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
        <translation>កំណត់​គោលដៅ</translation>
    </message>
    <message>
        <source>By funder kind</source>
        <translation>តាម​ប្រភេទ​ម្ចាស់​មូលនិធិ</translation>
    </message>
    <message>
        <source>Budget and funding in {year}</source>
        <translation>ថវិកា និង​មូលនិធិ​ក្នុង​ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>Totals for {year}</source>
        <translation>ចំនួន​សរុប​សម្រាប់​ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>This database is open read-only: funding lines cannot be changed.</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​នេះ​បើក​សម្រាប់​តែ​អាន៖ មិន​អាច​ផ្លាស់ប្ដូរ​ជួរ​មូលនិធិ​បានទេ។</translation>
    </message>
    <message>
        <source>{year} is submitted: its funding lines cannot be changed until it is reopened.</source>
        <translation>ឆ្នាំ {year} ត្រូវ​បាន​ដាក់​ជូន​ហើយ៖ មិន​អាច​ផ្លាស់ប្ដូរ​ជួរ​មូលនិធិ​របស់​វា​បានទេ រហូតដល់​វា​ត្រូវ​បាន​បើក​ឡើងវិញ។</translation>
    </message>
    <message>
        <source>No funding lines for {year} yet: click Add to enter one.</source>
        <translation>មិនទាន់​មាន​ជួរ​មូលនិធិ​សម្រាប់​ឆ្នាំ {year} នៅឡើយ​ទេ៖ ចុច «បន្ថែម» ដើម្បី​បញ្ចូល​មួយ។</translation>
    </message>
    <message>
        <source>Double-click a line to edit it.</source>
        <translation>ចុច​ពីរ​ដងលើ​ជួរ​មួយ ដើម្បី​កែសម្រួល​វា។</translation>
    </message>
    <message>
        <source>Add funding line &apos;{funder}&apos;</source>
        <translation>បន្ថែម​ជួរ​មូលនិធិ &apos;{funder}&apos;</translation>
    </message>
    <message>
        <source>Edit funding line &apos;{funder}&apos;</source>
        <translation>កែសម្រួល​ជួរ​មូលនិធិ &apos;{funder}&apos;</translation>
    </message>
    <message>
        <source>Delete funding line &apos;{funder}&apos;</source>
        <translation>លុប​ជួរ​មូលនិធិ &apos;{funder}&apos;</translation>
    </message>
    <message>
        <source>Cannot change the funding lines</source>
        <translation>មិន​អាច​ផ្លាស់ប្ដូរ​ជួរ​មូលនិធិ​បានទេ</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>The CMDesk window is not installed. Install CMDesk with `pip install -e .` or run `python main.py`.</source>
        <translation>មិនទាន់​បាន​ដំឡើង​ផ្ទាំង​បង្អួច CMDesk ទេ។ សូម​ដំឡើង CMDesk ដោយ `pip install -e .` ឬ​ដំណើរការ `python main.py`។</translation>
    </message>
    <message>
        <source>the details are in {path}; please send that file to the database unit</source>
        <translation>ព័ត៌មាន​លម្អិត​មាន​នៅ​ក្នុង {path}; សូម​ផ្ញើ​ឯកសារ​នោះ​ទៅ​ផ្នែក​មូលដ្ឋាន​ទិន្នន័យ</translation>
    </message>
    <message>
        <source>please send this line to the database unit</source>
        <translation>សូម​ផ្ញើ​បន្ទាត់​នេះ​ទៅ​ផ្នែក​មូលដ្ឋាន​ទិន្នន័យ</translation>
    </message>
    <message>
        <source>something went wrong inside CMDesk ({kind}: {error}); nothing was saved by this command; {where}.</source>
        <translation>មាន​បញ្ហា​អ្វីមួយ​កើតឡើង​នៅ​ខាងក្នុង CMDesk ({kind}: {error}); ពាក្យ​បញ្ជា​នេះ​មិន​បាន​រក្សាទុក​អ្វី​ទេ; {where}។</translation>
    </message>
    <message>
        <source>cmdesk: warning: {text} `cmdesk backup --db {path} --out LOCAL.cmdesk` makes a checked copy.</source>
        <translation>cmdesk: ការព្រមាន៖ {text} `cmdesk backup --db {path} --out LOCAL.cmdesk` បង្កើត​ច្បាប់​ចម្លង​ដែល​បាន​ត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>Created {path} for {office}, with the reference data loaded.</source>
        <translation>បាន​បង្កើត {path} សម្រាប់ {office} ដោយ​បាន​ផ្ទុក​ទិន្នន័យ​យោង​រួចហើយ។</translation>
    </message>
    <message>
        <source>Created the demo database {path} (Cambodia&apos;s published 2024 figures).</source>
        <translation>បាន​បង្កើត​មូលដ្ឋាន​ទិន្នន័យ​សាកល្បង {path} (តួលេខ​ឆ្នាំ ២០២៤ ដែល​កម្ពុជា​បាន​ផ្សព្វផ្សាយ)។</translation>
    </message>
    <message>
        <source>Database:       {path}</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ៖       {path}</translation>
    </message>
    <message>
        <source>Office:         {name} ({code})</source>
        <translation>ការិយាល័យ៖         {name} ({code})</translation>
    </message>
    <message>
        <source>Kind:           DEMO (published 2024 figures, not for submission)</source>
        <translation>ប្រភេទ៖           សាកល្បង (តួលេខ​ឆ្នាំ ២០២៤ ដែល​បាន​ផ្សព្វផ្សាយ មិនមែន​សម្រាប់​ដាក់​ជូន​ទេ)</translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation>កំណែ​រចនាសម្ព័ន្ធ៖ {version}</translation>
    </message>
    <message>
        <source>Years present:  {years}</source>
        <translation>ឆ្នាំ​ដែល​មាន៖  {years}</translation>
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
        <translation>{path}៖ រក​ឃើញ​បញ្ហា {n}៖</translation>
    </message>
    <message>
        <source>Restore the database from a backup (File &gt; Restore from backup).</source>
        <translation>សូម​ស្ដារ​មូលដ្ឋាន​ទិន្នន័យ​ពី​ច្បាប់​បម្រុងទុក (ឯកសារ &gt; ស្ដារ​ពី​ច្បាប់​បម្រុងទុក)។</translation>
    </message>
    <message>
        <source>{path}: integrity check passed.</source>
        <translation>{path}៖ ការ​ត្រួតពិនិត្យ​ភាព​ត្រឹមត្រូវ​បាន​ជោគជ័យ។</translation>
    </message>
    <message>
        <source>--replace goes with --out FILE: the backup folder&apos;s copies are never replaced.</source>
        <translation>--replace ប្រើ​ជាមួយ --out FILE៖ ច្បាប់​ចម្លង​នៅ​ក្នុង​ថត​បម្រុងទុក​មិន​ដែល​ត្រូវ​បាន​ជំនួស​ទេ។</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>បាន​សរសេរ​ច្បាប់​បម្រុងទុក​ទៅ {path}</translation>
    </message>
    <message>
        <source>{file}:{line}: column {column}: &apos;{text}&apos;: {reason}</source>
        <translation>{file}:{line}៖ ជួរឈរ {column}៖ &apos;{text}&apos;៖ {reason}</translation>
    </message>
    <message>
        <source>{n} problem(s); nothing was imported. Correct the file and import it again.</source>
        <translation>បញ្ហា {n}៖ គ្មានអ្វី​ត្រូវ​បាន​នាំចូល​ទេ។ សូម​កែ​ឯកសារ ហើយ​នាំចូល​វា​ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {unchanged} unchanged</source>
        <translation>បាន​បន្ថែម {added} បាន​ផ្លាស់ប្ដូរ {changed} មិន​ផ្លាស់ប្ដូរ {unchanged}</translation>
    </message>
    <message>
        <source>{file}: row {row}: column {column}: &apos;{text}&apos;: {reason}</source>
        <translation>{file}៖ ជួរដេក {row}៖ ជួរឈរ {column}៖ &apos;{text}&apos;៖ {reason}</translation>
    </message>
    <message>
        <source> (every one is in {path})</source>
        <translation> (ទាំងអស់​មាននៅ​ក្នុង {path})</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {duplicates} duplicates, {rejected} rejected</source>
        <translation>បាន​បន្ថែម {added} បាន​ធ្វើ​បច្ចុប្បន្នភាព {updated} ស្ទួន {duplicates} បាន​បដិសេធ {rejected}</translation>
    </message>
    <message>
        <source>The rejected rows and their problems are in {path}: correct them there and import that file.</source>
        <translation>ជួរដេក​ដែល​ត្រូវ​បាន​បដិសេធ និង​បញ្ហា​របស់​វា មាននៅ​ក្នុង {path}៖ សូម​កែ​វា​នៅ​ទីនោះ ហើយ​នាំចូល​ឯកសារ​នោះ។</translation>
    </message>
    <message>
        <source>Casualties in {year}</source>
        <translation>ជនរងគ្រោះ​ក្នុង​ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>Casualties, all years</source>
        <translation>ជនរងគ្រោះ គ្រប់​ឆ្នាំ</translation>
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
        <translation>របួស (អ្នក​រស់រាន​មានជីវិត​ទាំងអស់)</translation>
    </message>
    <message>
        <source>  of whom lost limbs (amputations)</source>
        <translation>  ក្នុង​នោះ​បាត់បង់​អវយវៈ (កាត់​អវយវៈ)</translation>
    </message>
    <message>
        <source>  injured without amputation</source>
        <translation>  របួស​ដោយ​មិន​កាត់​អវយវៈ</translation>
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
        <translation>មិន​ស្គាល់​ភេទ ឬ​អាយុ</translation>
    </message>
    <message>
        <source>Total in {year}</source>
        <translation>សរុប​ក្នុង​ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>By device type</source>
        <translation>តាម​ប្រភេទ​គ្រាប់</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>តាម​ស្ថានភាព</translation>
    </message>
    <message>
        <source>By province</source>
        <translation>តាម​ខេត្ត</translation>
    </message>
    <message>
        <source>Per year: total (killed, injured, lost limbs)</source>
        <translation>ប្រចាំឆ្នាំ៖ សរុប (ស្លាប់ របួស បាត់បង់​អវយវៈ)</translation>
    </message>
    <message>
        <source>{n} value(s) of {year} written to {path}</source>
        <translation>បាន​សរសេរ​តម្លៃ {n} នៃ​ឆ្នាំ {year} ទៅ {path}</translation>
    </message>
    <message>
        <source>{file}: row {row}, column {column}: &apos;{text}&apos;: {reason}</source>
        <translation>{file}៖ ជួរដេក {row} ជួរឈរ {column}៖ &apos;{text}&apos;៖ {reason}</translation>
    </message>
    <message>
        <source>Committee&apos;s requests for {year}: {added} added, {changed} changed, {unchanged} unchanged</source>
        <translation>សំណើ​របស់​គណៈកម្មាធិការ​សម្រាប់​ឆ្នាំ {year}៖ បាន​បន្ថែម {added} បាន​ផ្លាស់ប្ដូរ {changed} មិន​ផ្លាស់ប្ដូរ {unchanged}</translation>
    </message>
    <message>
        <source>write the VA update to the Committee (.xlsx, .pdf or .docx)</source>
        <translation>សរសេរ​របាយការណ៍​បច្ចុប្បន្នភាព​ជំនួយ​ជនរងគ្រោះ​ជូន​គណៈកម្មាធិការ (.xlsx, .pdf ឬ .docx)</translation>
    </message>
    <message>
        <source>write Form J of the Article 7 report (.xlsx, .pdf or .docx)</source>
        <translation>សរសេរ​ទម្រង់ J នៃ​របាយការណ៍​មាត្រា ៧ (.xlsx, .pdf ឬ .docx)</translation>
    </message>
    <message>
        <source>write a provincial office&apos;s summary of the year (.pdf or .xlsx): its casualties, services and devices (a provincial database only; headquarters writes the documents above)</source>
        <translation>សរសេរ​សេចក្ដីសង្ខេប​ប្រចាំឆ្នាំ​របស់​ការិយាល័យ​ខេត្ត (.pdf ឬ .xlsx)៖ ជនរងគ្រោះ សេវា និង​ឧបករណ៍ (តែ​មូលដ្ឋាន​ទិន្នន័យ​ខេត្ត​ប៉ុណ្ណោះ៖ ទីស្នាក់ការ​កណ្ដាល​សរសេរ​ឯកសារ​ខាងលើ)</translation>
    </message>
    <message>
        <source>the file to write: FILE.xlsx, FILE.pdf or FILE.docx (Word: the VA update and Form J)</source>
        <translation>ឯកសារ​ដែល​ត្រូវ​សរសេរ៖ FILE.xlsx, FILE.pdf ឬ FILE.docx (Word៖ របាយការណ៍​បច្ចុប្បន្នភាព និង​ទម្រង់ J)</translation>
    </message>
    <message>
        <source>{path} written{draft}.</source>
        <translation>បាន​សរសេរ {path}{draft}។</translation>
    </message>
    <message>
        <source> (DRAFT)</source>
        <translation> (សេចក្ដីព្រាង)</translation>
    </message>
    <message>
        <source>--acknowledge needs --reason TEXT: the reason is kept in the audit log.</source>
        <translation>--acknowledge ត្រូវការ --reason TEXT៖ មូលហេតុ​ត្រូវ​បាន​រក្សាទុក​ក្នុង​កំណត់ហេតុ​សវនកម្ម។</translation>
    </message>
    <message>
        <source>{path} holds nothing for {year} (years with data: {years}); there is nothing to check.</source>
        <translation>{path} គ្មាន​ទិន្នន័យ​សម្រាប់​ឆ្នាំ {year} ទេ (ឆ្នាំ​ដែល​មាន​ទិន្នន័យ៖ {years})៖ គ្មានអ្វី​ត្រូវ​ត្រួតពិនិត្យ​ទេ។</translation>
    </message>
    <message>
        <source>Checks of {year}: {errors} error(s), {warnings} warning(s), {questions} question(s) to look at; {acknowledged} acknowledged.</source>
        <translation>ការ​ត្រួតពិនិត្យ​ឆ្នាំ {year}៖ កំហុស {errors} ការព្រមាន {warnings} សំណួរ {questions} ដែល​ត្រូវ​ពិនិត្យ៖ បាន​ទទួលស្គាល់ {acknowledged}។</translation>
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
        <translation>សេចក្ដី​រៀបរាប់</translation>
    </message>
    <message>
        <source>rule {rule}; key {key}</source>
        <translation>ច្បាប់ {rule}៖ កូនសោ {key}</translation>
    </message>
    <message>
        <source>acknowledged by {who} on {at}: {reason}</source>
        <translation>ទទួលស្គាល់​ដោយ {who} នៅ {at}៖ {reason}</translation>
    </message>
    <message>
        <source>{n} error(s) block the year&apos;s submission: correct them, or acknowledge each with `cmdesk check --year {year} --db PATH --acknowledge KEY --reason TEXT`.</source>
        <translation>កំហុស {n} រារាំង​ការ​ដាក់​ជូន​ឆ្នាំនេះ៖ សូម​កែ​វា ឬ​ទទួលស្គាល់​កំហុស​នី​មួយ​ៗ​ដោយ `cmdesk check --year {year} --db PATH --acknowledge KEY --reason TEXT`។</translation>
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
        <translation>បាន​ទទួល</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>បាន​ត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>(from the data entered)</source>
        <translation>(ពី​ទិន្នន័យ​ដែល​បាន​បញ្ចូល)</translation>
    </message>
    <message>
        <source>{date} by {who}</source>
        <translation>{date} ដោយ {who}</translation>
    </message>
    <message>
        <source>(not expected)</source>
        <translation>(មិន​រំពឹង​ទុក)</translation>
    </message>
    <message>
        <source>mark the year as checked (refused while it has unacknowledged errors, and in a provincial office&apos;s database)</source>
        <translation>សម្គាល់​ឆ្នាំនេះ​ថា​បាន​ត្រួតពិនិត្យ (ត្រូវ​បាន​បដិសេធ ពេល​វា​នៅ​មាន​កំហុស​ដែល​មិនទាន់​ទទួលស្គាល់ និង​ក្នុង​មូលដ្ឋាន​ទិន្នន័យ​របស់​ការិយាល័យ​ខេត្ត)</translation>
    </message>
    <message>
        <source>submit the year: keep a snapshot of its data and documents and freeze it (refused, with the errors listed, while it has unacknowledged errors, and in a provincial office&apos;s database); prints the unanswered requests, overdue returns and empty sections it was sent without</source>
        <translation>ដាក់​ជូន​ឆ្នាំនេះ៖ រក្សា​ច្បាប់​ថត​ទុក​នៃ​ទិន្នន័យ និង​ឯកសារ​របស់​វា ហើយ​បង្កក​វា (ត្រូវ​បាន​បដិសេធ ដោយ​រាយ​កំហុស ពេល​វា​នៅ​មាន​កំហុស​ដែល​មិនទាន់​ទទួលស្គាល់ និង​ក្នុង​មូលដ្ឋាន​ទិន្នន័យ​របស់​ការិយាល័យ​ខេត្ត)៖ បោះពុម្ព​សំណើ​ដែល​មិនទាន់​ឆ្លើយ របាយការណ៍​ហួសកំណត់ និង​ផ្នែក​ទទេ ដែល​វា​ត្រូវ​បាន​ផ្ញើ​ដោយ​គ្មាន</translation>
    </message>
    <message>
        <source>print each Committee request nobody answered in the VA update, with a sentence in the State&apos;s voice saying there is no further information to report (default: such requests are left out)</source>
        <translation>បោះពុម្ព​សំណើ​នីមួយៗ​របស់​គណៈកម្មាធិការ​ដែល​គ្មាន​ចម្លើយ​ក្នុង​របាយការណ៍​បច្ចុប្បន្នភាព​ជំនួយ​ជនរងគ្រោះ ជាមួយ​ប្រយោគ​មួយ​ក្នុង​នាម​រដ្ឋ​ថា​គ្មាន​ព័ត៌មាន​បន្ថែម​ត្រូវ​រាយការណ៍ (លំនាំដើម៖ សំណើ​ទាំងនោះ​ត្រូវ​ទុក​ចោល)</translation>
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
        <translation>ទិន្នន័យ​របស់​វា​ត្រូវ​បាន​បង្កក៖ `cmdesk year reopen --year {year} --reason TEXT` ដើម្បី​ផ្លាស់ប្ដូរ​វា។</translation>
    </message>
    <message>
        <source>{n} unacknowledged error(s) stop it from being marked as checked or submitted (`cmdesk year submit` lists them).</source>
        <translation>កំហុស {n} ដែល​មិនទាន់​ទទួលស្គាល់ រារាំង​វា​មិន​ឱ្យ​សម្គាល់ថា​បាន​ត្រួតពិនិត្យ ឬ​ដាក់​ជូន (`cmdesk year submit` រាយ​វា)។</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>ប្រវត្តិ៖</translation>
    </message>
    <message>
        <source>Snapshots (kept at each submission):</source>
        <translation>ច្បាប់​ថត​ទុក (រក្សាទុក​រាល់ពេល​ដាក់​ជូន)៖</translation>
    </message>
    <message>
        <source>  {id}  {at}  {who}  ({n} documents)</source>
        <translation>  {id}  {at}  {who}  (ឯកសារ {n})</translation>
    </message>
    <message>
        <source>No snapshots: one is kept when the year is submitted.</source>
        <translation>គ្មាន​ច្បាប់​ថត​ទុក​ទេ៖ មួយ​ត្រូវ​បាន​រក្សាទុក​នៅពេល​ឆ្នាំនេះ​ត្រូវ​បាន​ដាក់​ជូន។</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>កំហុស៖ {message}</translation>
    </message>
    <message>
        <source>{year} is marked as checked.</source>
        <translation>ឆ្នាំ {year} ត្រូវ​បាន​សម្គាល់ថា​បាន​ត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>កំណត់សម្គាល់៖ {text}</translation>
    </message>
    <message>
        <source>note: the VA update prints the {n} unanswered request(s) of the Committee, each with the State&apos;s sentence that it has no further information to report.</source>
        <translation>កំណត់សម្គាល់៖ របាយការណ៍​បច្ចុប្បន្នភាព​ជំនួយ​ជនរងគ្រោះ​បោះពុម្ព​សំណើ​ដែល​គ្មាន​ចម្លើយ​របស់​គណៈកម្មាធិការ {n} ដោយ​នីមួយៗ​មាន​ប្រយោគ​របស់​រដ្ឋ​ថា​គ្មាន​ព័ត៌មាន​បន្ថែម​ត្រូវ​រាយការណ៍។</translation>
    </message>
    <message>
        <source>{year} is submitted. Snapshot {id} keeps its data and the {n} documents produced: {names}.</source>
        <translation>ឆ្នាំ {year} ត្រូវ​បាន​ដាក់​ជូន។ ច្បាប់​ថត​ទុក {id} រក្សា​ទិន្នន័យ​របស់​វា និង​ឯកសារ {n} ដែល​បាន​បង្កើត៖ {names}។</translation>
    </message>
    <message>
        <source>The year is now frozen; `cmdesk year reopen --year {year} --reason TEXT` to change it.</source>
        <translation>ឥឡូវ​ឆ្នាំនេះ​ត្រូវ​បាន​បង្កក៖ `cmdesk year reopen --year {year} --reason TEXT` ដើម្បី​ផ្លាស់ប្ដូរ​វា។</translation>
    </message>
    <message>
        <source>{year} is a draft again; its snapshots are kept.</source>
        <translation>ឆ្នាំ {year} ជា​សេចក្ដីព្រាង​ម្ដងទៀត៖ ច្បាប់​ថត​ទុក​របស់​វា​នៅ​ដដែល។</translation>
    </message>
    <message>
        <source>{year} has no snapshot yet: one is kept when the year is submitted.</source>
        <translation>ឆ្នាំ {year} មិនទាន់​មានច្បាប់​ថត​ទុក​ទេ៖ មួយ​ត្រូវ​បាន​រក្សាទុក​នៅពេល​ឆ្នាំនេះ​ត្រូវ​បាន​ដាក់​ជូន។</translation>
    </message>
    <message>
        <source>{n} document(s) of the snapshot {id} ({at}) written.</source>
        <translation>បាន​សរសេរ​ឯកសារ {n} នៃ​ច្បាប់​ថត​ទុក {id} ({at})។</translation>
    </message>
    <message>
        <source>CMDesk: victim-assistance reporting for CMAA. With no command, opens the CMDesk window (on the last database, or a demo one).</source>
        <translation>CMDesk៖ ការ​រាយការណ៍​ជំនួយ​ជនរងគ្រោះ​សម្រាប់ CMAA។ បើ​គ្មាន​ពាក្យ​បញ្ជា​ទេ វា​បើក​ផ្ទាំង​បង្អួច CMDesk (លើ​មូលដ្ឋាន​ទិន្នន័យ​ចុងក្រោយ ឬ​មូលដ្ឋាន​ទិន្នន័យ​សាកល្បង)។</translation>
    </message>
    <message>
        <source>the database to open in the window</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​ដែល​ត្រូវ​បើក​ក្នុង​ផ្ទាំង​បង្អួច</translation>
    </message>
    <message>
        <source>the language of the messages: en (English) or km (Khmer); default: the one chosen in the window (View &gt; Language), else the system&apos;s</source>
        <translation>ភាសា​នៃ​សារ៖ en (អង់គ្លេស) ឬ km (ខ្មែរ)៖ លំនាំដើម៖ ភាសា​ដែល​បាន​ជ្រើស​ក្នុង​ផ្ទាំង​បង្អួច (ទិដ្ឋភាព &gt; ភាសា) បើមិនដូច្នោះទេ ភាសា​របស់​ប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>collection workbooks: write the xlsx each reporting source fills, read the filled ones back checked</source>
        <translation>សៀវភៅបញ្ជី​ប្រមូល​ទិន្នន័យ៖ សរសេរ​ឯកសារ xlsx ដែល​ប្រភព​រាយការណ៍​នី​មួយ​ៗ​បំពេញ ហើយ​អាន​ឯកសារ​ដែល​បាន​បំពេញ​ត្រឡប់មកវិញ ដោយ​ត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>provincial offices and their pairing with headquarters (see docs/exchange.md)</source>
        <translation>ការិយាល័យ​ខេត្ត និង​ការផ្គូផ្គង​របស់​វា​ជាមួយ​ទីស្នាក់ការ​កណ្ដាល (មើល docs/exchange.md)</translation>
    </message>
    <message>
        <source>the database file</source>
        <translation>ឯកសារ​មូលដ្ឋាន​ទិន្នន័យ</translation>
    </message>
    <message>
        <source>name written to the audit log (default: your login name)</source>
        <translation>ឈ្មោះ​ដែល​ត្រូវ​សរសេរ​ក្នុង​កំណត់ហេតុ​សវនកម្ម (លំនាំដើម៖ ឈ្មោះ​ចូល​ប្រើ​របស់​អ្នក)</translation>
    </message>
    <message>
        <source>cmdesk: warning: the register&apos;s sort indexes were not built ({error}); everything is saved. CMDesk&apos;s window builds them when it next opens {path}.</source>
        <translation>cmdesk: ការព្រមាន៖ លិបិក្រម​តម្រៀប​របស់​បញ្ជី​មិន​ត្រូវ​បាន​បង្កើត​ទេ ({error})៖ អ្វីៗ​ទាំងអស់​ត្រូវ​បាន​រក្សាទុក។ បង្អួច​របស់ CMDesk នឹង​បង្កើត​វា​នៅ​ពេល​វា​បើក {path} លើក​ក្រោយ។</translation>
    </message>
    <message>
        <source>To restore a backup: `cmdesk restore BACKUP --db DATABASE`.</source>
        <translation>ដើម្បី​ស្ដារ​ច្បាប់​បម្រុងទុក៖ `cmdesk restore BACKUP --db DATABASE`។</translation>
    </message>
    <message>
        <source>To make a new database: `cmdesk init --db DATABASE`.</source>
        <translation>ដើម្បី​បង្កើត​មូលដ្ឋាន​ទិន្នន័យ​ថ្មី៖ `cmdesk init --db DATABASE`។</translation>
    </message>
    <message>
        <source>To use that database: `--db DATABASE`.</source>
        <translation>ដើម្បី​ប្រើ​មូលដ្ឋាន​ទិន្នន័យ​នោះ៖ `--db DATABASE`។</translation>
    </message>
    <message>
        <source>To reopen the year: `cmdesk year reopen --year {year} --reason ...`.</source>
        <translation>ដើម្បី​បើក​ឆ្នាំ​ឡើងវិញ៖ `cmdesk year reopen --year {year} --reason ...`។</translation>
    </message>
    <message>
        <source>To make a provincial database: `cmdesk province create`.</source>
        <translation>ដើម្បី​បង្កើត​មូលដ្ឋាន​ទិន្នន័យ​ខេត្ត៖ `cmdesk province create`។</translation>
    </message>
    <message>
        <source>To write a workbook: `cmdesk workbook write`.</source>
        <translation>ដើម្បី​សរសេរ​សៀវភៅបញ្ជី៖ `cmdesk workbook write`។</translation>
    </message>
    <message>
        <source>To export the provincial summary: `cmdesk export provincial-summary`.</source>
        <translation>ដើម្បី​នាំចេញ​សេចក្ដីសង្ខេប​ខេត្ត៖ `cmdesk export provincial-summary`។</translation>
    </message>
    <message>
        <source>... and {n} more problem(s){rest}.</source>
        <translation>... និង​បញ្ហា {n} ទៀត{rest}។</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year: give one from {first} to {last}, such as 2024</source>
        <translation>&apos;{text}&apos; មិនមែន​ជា​ឆ្នាំ​ទេ៖ សូម​ផ្ដល់​ឆ្នាំ​មួយ​ពី {first} ដល់ {last} ដូចជា 2024</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: {error}</source>
        <translation>&apos;{text}&apos;៖ {error}</translation>
    </message>
    <message>
        <source>{path} does not exist (or its folder does not).</source>
        <translation>{path} មិន​មាន​ទេ (ឬ​ថត​របស់​វា​មិន​មាន)។</translation>
    </message>
    <message>
        <source>{path} is a folder, where a file was expected.</source>
        <translation>{path} ជា​ថត ខណៈ​ដែល​ត្រូវការ​ឯកសារ។</translation>
    </message>
    <message>
        <source>{path}: a part of this path is a file, not a folder.</source>
        <translation>{path}៖ ផ្នែក​មួយ​នៃ​ផ្លូវ​នេះ​ជា​ឯកសារ មិនមែន​ជា​ថត​ទេ។</translation>
    </message>
    <message>
        <source>{path}: you do not have permission (or another program has the file open).</source>
        <translation>{path}៖ អ្នក​គ្មាន​ការអនុញ្ញាត​ទេ (ឬ​កម្មវិធី​ផ្សេង​កំពុង​បើក​ឯកសារ​នេះ)។</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written.</source>
        <translation>ថាស​ពេញ៖ មិន​អាច​សរសេរ {path} បាន​ទេ។</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}៖ {reason}</translation>
    </message>
    <message>
        <source>create an empty database with the reference data</source>
        <translation>បង្កើត​មូលដ្ឋាន​ទិន្នន័យ​ទទេ ជាមួយ​ទិន្នន័យ​យោង</translation>
    </message>
    <message>
        <source>the office the database belongs to: &apos;hq&apos; (default) or a province name or code</source>
        <translation>ការិយាល័យ​ដែល​មូលដ្ឋាន​ទិន្នន័យ​នេះ​ជា​កម្មសិទ្ធិ៖ &apos;hq&apos; (លំនាំដើម) ឬ​ឈ្មោះ ឬ​លេខ​កូដ​ខេត្ត</translation>
    </message>
    <message>
        <source>create the demo database (Cambodia&apos;s published 2024 figures)</source>
        <translation>បង្កើត​មូលដ្ឋាន​ទិន្នន័យ​សាកល្បង (តួលេខ​ឆ្នាំ ២០២៤ ដែល​កម្ពុជា​បាន​ផ្សព្វផ្សាយ)</translation>
    </message>
    <message>
        <source>print the office, schema version, years present and row counts</source>
        <translation>បោះពុម្ព​ការិយាល័យ កំណែ​រចនាសម្ព័ន្ធ ឆ្នាំ​ដែល​មាន និង​ចំនួន​ជួរ</translation>
    </message>
    <message>
        <source>run SQLite&apos;s integrity check on a database (read-only)</source>
        <translation>ដំណើរការ​ការ​ត្រួតពិនិត្យ​ភាព​ត្រឹមត្រូវ​របស់ SQLite លើ​មូលដ្ឋាន​ទិន្នន័យ (អាន​តែប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>copy the database into its backup folder, or to --out</source>
        <translation>ចម្លង​មូលដ្ឋាន​ទិន្នន័យ​ទៅ​ក្នុង​ថត​បម្រុងទុក​របស់​វា ឬទៅ --out</translation>
    </message>
    <message>
        <source>write the copy to this file instead</source>
        <translation>សរសេរ​ច្បាប់​ចម្លង​ទៅ​ឯកសារ​នេះ​ជំនួស​វិញ</translation>
    </message>
    <message>
        <source>replace the file given with --out when it exists (else it is refused)</source>
        <translation>ជំនួស​ឯកសារ​ដែល​បាន​ផ្ដល់​ដោយ --out នៅពេល​វា​មាន​រួចហើយ (បើ​មិន​ដូច្នោះ​ទេ វា​ត្រូវ​បាន​បដិសេធ)</translation>
    </message>
    <message>
        <source>replace the database&apos;s content with a backup&apos;s (the current content is backed up first; the same as File &gt; Restore from backup)</source>
        <translation>ជំនួស​ខ្លឹមសារ​មូលដ្ឋាន​ទិន្នន័យ​ដោយ​ខ្លឹមសារ​នៃ​ច្បាប់​បម្រុងទុក (ខ្លឹមសារ​បច្ចុប្បន្ន​ត្រូវ​បាន​បម្រុងទុក​ជាមុន; ដូច​គ្នា​នឹង ឯកសារ &gt; ស្ដារ​ពី​ច្បាប់​បម្រុងទុក)</translation>
    </message>
    <message>
        <source>the backup to restore (a file in the database&apos;s backup folder, or any copy)</source>
        <translation>ច្បាប់​បម្រុងទុក​ដែល​ត្រូវ​ស្ដារ (ឯកសារ​មួយ​នៅ​ក្នុង​ថត​បម្រុងទុក​នៃ​មូលដ្ឋាន​ទិន្នន័យ ឬ​ច្បាប់​ចម្លង​ណាមួយ)</translation>
    </message>
    <message>
        <source>update a database made by an older CMDesk to this version&apos;s schema, after a backup (as the window does)</source>
        <translation>ធ្វើ​បច្ចុប្បន្នភាព​មូលដ្ឋាន​ទិន្នន័យ​ដែល​បង្កើត​ដោយ CMDesk ចាស់ ទៅ​រចនាសម្ព័ន្ធ​នៃ​កំណែ​នេះ បន្ទាប់ពី​បម្រុងទុក (ដូច​ដែល​បង្អួច​ធ្វើ)</translation>
    </message>
    <message>
        <source>Schema version: {have} of {known} (made by an older CMDesk: `cmdesk migrate --db {path}` or the window updates it, after a backup)</source>
        <translation>កំណែ​រចនាសម្ព័ន្ធ៖ {have} នៃ {known} (បង្កើត​ដោយ CMDesk ចាស់៖ `cmdesk migrate --db {path}` ឬ​បង្អួច​ធ្វើ​បច្ចុប្បន្នភាព​វា បន្ទាប់ពី​បម្រុងទុក)</translation>
    </message>
    <message>
        <source>{path} restored from {backup}. Its content before the restore was kept in {safety}.</source>
        <translation>{path} ត្រូវ​បាន​ស្ដារ​ពី {backup}។ ខ្លឹមសារ​របស់​វា​មុន​ការ​ស្ដារ​ត្រូវ​បាន​រក្សាទុក​នៅ​ក្នុង {safety}។</translation>
    </message>
    <message>
        <source>{path} is up to date (schema version {version}).</source>
        <translation>{path} ទាន់សម័យ​ហើយ (កំណែ​រចនាសម្ព័ន្ធ {version})។</translation>
    </message>
    <message>
        <source>{path} updated from schema version {old} to {new}; a copy as it was is in {backup}.</source>
        <translation>{path} ត្រូវ​បាន​ធ្វើ​បច្ចុប្បន្នភាព​ពី​កំណែ​រចនាសម្ព័ន្ធ {old} ទៅ {new}; ច្បាប់​ចម្លង​ដូច​ដើម​មាន​នៅ​ក្នុង {backup}។</translation>
    </message>
    <message>
        <source>run every check over a year and list the findings; exits 1 when errors nobody acknowledged remain</source>
        <translation>ដំណើរការ​ការ​ត្រួតពិនិត្យ​ទាំងអស់​លើ​ឆ្នាំ​មួយ ហើយ​រាយ​លទ្ធផល៖ ចេញ​ដោយ​លេខ 1 នៅពេល​នៅសល់​កំហុស​ដែល​គ្មាន​នរណា​ទទួលស្គាល់</translation>
    </message>
    <message>
        <source>the reporting year</source>
        <translation>ឆ្នាំ​រាយការណ៍</translation>
    </message>
    <message>
        <source>print a JSON list of findings (severity, rule, message, items, values, ...)</source>
        <translation>បោះពុម្ព​បញ្ជី​លទ្ធផល​ជា JSON (severity, rule, message, items, values, ...)</translation>
    </message>
    <message>
        <source>first acknowledge the finding with this key (as printed), with --reason</source>
        <translation>ទទួលស្គាល់​លទ្ធផល​ដែល​មានកូន​សោ​នេះ​ជាមុន​សិន (ដូចដែល​បាន​បោះពុម្ព) ជាមួយ --reason</translation>
    </message>
    <message>
        <source>why the finding is accepted (kept in the audit log)</source>
        <translation>ហេតុអ្វីបានជា​លទ្ធផល​នេះ​ត្រូវ​បាន​ទទួលយក (រក្សាទុក​ក្នុង​កំណត់ហេតុ​សវនកម្ម)</translation>
    </message>
    <message>
        <source>import data from a file (every row is checked before anything is written)</source>
        <translation>នាំចូល​ទិន្នន័យ​ពី​ឯកសារ (ជួរដេក​នី​មួយ​ៗ​ត្រូវ​បាន​ត្រួតពិនិត្យ មុន​ពេល​សរសេរ​អ្វីមួយ)</translation>
    </message>
    <message>
        <source>import aggregate values from a CSV file (year,source,item,part,value,comment; see docs/values-csv.md)</source>
        <translation>នាំចូល​តម្លៃ​សរុប​ពី​ឯកសារ CSV (year,source,item,part,value,comment៖ មើល docs/values-csv.md)</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>ឯកសារ CSV</translation>
    </message>
    <message>
        <source>{file}: {n} lines ({lines}): column {column}: {reason}</source>
        <translation>{file}៖ បន្ទាត់ {n} ({lines})៖ ជួរឈរ {column}៖ {reason}</translation>
    </message>
    <message>
        <source>import casualty records from a CSV or xlsx file (see docs/casualties-import.md); rows with problems are rejected and written to a report file, the others imported</source>
        <translation>នាំចូល​កំណត់ត្រា​ជនរងគ្រោះ​ពី​ឯកសារ CSV ឬ xlsx (មើល docs/casualties-import.md)៖ ជួរដេក​ដែល​មាន​បញ្ហា​ត្រូវ​បាន​បដិសេធ ហើយ​សរសេរ​ទៅ​ឯកសារ​របាយការណ៍ ជួរដេក​ផ្សេងទៀត​ត្រូវ​បាន​នាំចូល</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file</source>
        <translation>ឯកសារ .csv ឬ .xlsx</translation>
    </message>
    <message>
        <source>a JSON object mapping the file&apos;s headers to CMDesk&apos;s columns (null: ignore)</source>
        <translation>វត្ថុ JSON ដែល​ផ្គូផ្គង​ក្បាល​ជួរឈរ​របស់​ឯកសារ​ទៅ​នឹង​ជួរឈរ​របស់ CMDesk (null៖ មិន​អើពើ)</translation>
    </message>
    <message>
        <source>where to write the rejected rows (default: FILE-rejected.csv beside the file)</source>
        <translation>កន្លែង​សរសេរ​ជួរដេក​ដែល​ត្រូវ​បាន​បដិសេធ (លំនាំដើម៖ FILE-rejected.csv នៅ​ក្បែរ​ឯកសារ)</translation>
    </message>
    <message>
        <source>export data to a file</source>
        <translation>នាំចេញ​ទិន្នន័យ​ទៅ​ឯកសារ</translation>
    </message>
    <message>
        <source>export a year&apos;s aggregate values to a CSV file that `cmdesk import values` reads back</source>
        <translation>នាំចេញ​តម្លៃ​សរុប​នៃ​ឆ្នាំ​មួយ​ទៅ​ឯកសារ CSV ដែល `cmdesk import values` អាន​ត្រឡប់មកវិញ​បាន</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>ឯកសារ CSV ដែល​ត្រូវ​សរសេរ</translation>
    </message>
    <message>
        <source>print the figures the reports quote</source>
        <translation>បោះពុម្ព​តួលេខ​ដែល​របាយការណ៍​ដកស្រង់</translation>
    </message>
    <message>
        <source>the casualty register&apos;s summary for a year, or all years with a per-year series</source>
        <translation>សេចក្ដីសង្ខេប​នៃ​បញ្ជី​ជនរងគ្រោះ​សម្រាប់​ឆ្នាំ​មួយ ឬ​គ្រប់​ឆ្នាំ ជាមួយ​ស៊េរី​ប្រចាំឆ្នាំ</translation>
    </message>
    <message>
        <source>the year (default: all years)</source>
        <translation>ឆ្នាំ (លំនាំដើម៖ គ្រប់​ឆ្នាំ)</translation>
    </message>
    <message>
        <source>print JSON (keys as in docs/casualties-import.md)</source>
        <translation>បោះពុម្ព​ជា JSON (កូនសោ​ដូច​ក្នុង docs/casualties-import.md)</translation>
    </message>
    <message>
        <source>import the Committee&apos;s requests from its SRAAP tracker spreadsheet (.xlsx, the layout `cmdesk export sraap` writes)</source>
        <translation>នាំចូល​សំណើ​របស់​គណៈកម្មាធិការ​ពី​សៀវភៅបញ្ជី​តាមដាន SRAAP របស់​ខ្លួន (.xlsx ប្លង់​ដែល `cmdesk export sraap` សរសេរ)</translation>
    </message>
    <message>
        <source>the tracker</source>
        <translation>សៀវភៅ​តាមដាន</translation>
    </message>
    <message>
        <source>the reporting year whose report answers these requests</source>
        <translation>ឆ្នាំ​រាយការណ៍​ដែល​របាយការណ៍​របស់​វា​ឆ្លើយ​សំណើ​ទាំងនេះ</translation>
    </message>
    <message>
        <source>write the SRAAP country reporting tracker (.xlsx or .pdf)</source>
        <translation>សរសេរ​សៀវភៅ​តាមដាន​ការ​រាយការណ៍​ប្រចាំ​ប្រទេស​នៃ SRAAP (.xlsx ឬ .pdf)</translation>
    </message>
    <message>
        <source>export even though the year&apos;s figures have errors; every page is marked DRAFT</source>
        <translation>នាំចេញ​ទោះបី​តួលេខ​របស់​ឆ្នាំនេះ​មាន​កំហុស​ក៏ដោយ៖ ទំព័រ​នី​មួយ​ៗ​ត្រូវ​បាន​សម្គាល់ថា សេចក្ដីព្រាង (DRAFT)</translation>
    </message>
    <message>
        <source>write it in Khmer, for national use (the Committee&apos;s copy is the English one)</source>
        <translation>សរសេរ​វា​ជា​ភាសាខ្មែរ សម្រាប់​ប្រើប្រាស់​ក្នុង​ប្រទេស (ច្បាប់​សម្រាប់​គណៈកម្មាធិការ គឺ​ច្បាប់​ភាសាអង់គ្លេស)</translation>
    </message>
    <message>
        <source>list, for each reporting source and section, whether a return is expected, its due date, when it was received and checked, and what is missing or overdue</source>
        <translation>រាយ សម្រាប់​ប្រភព​រាយការណ៍ និង​ផ្នែក​នី​មួយ​ៗ ថា​តើ​រំពឹង​ថា​នឹង​មាន​របាយការណ៍​ឬទេ ថ្ងៃ​ផុតកំណត់ ពេល​បាន​ទទួល និង​បាន​ត្រួតពិនិត្យ និង​អ្វី​ដែល​ខ្វះ ឬ​ហួសកំណត់</translation>
    </message>
    <message>
        <source>judge what is overdue on this day (default: today)</source>
        <translation>វិនិច្ឆ័យ​អ្វី​ដែល​ហួសកំណត់​នៅ​ថ្ងៃនេះ (លំនាំដើម៖ ថ្ងៃនេះ)</translation>
    </message>
    <message>
        <source>print JSON: a list of objects with year, source, source_name, section, section_label, expected, due, received_on, received_from_data, checked_by, checked_at, status</source>
        <translation>បោះពុម្ព​ជា JSON៖ បញ្ជី​វត្ថុ​ដែល​មាន year, source, source_name, section, section_label, expected, due, received_on, received_from_data, checked_by, checked_at, status</translation>
    </message>
    <message>
        <source>a reporting year&apos;s sign-off: status, mark as checked, submit (keeps a snapshot and freezes the year), reopen, compare</source>
        <translation>ការ​អនុម័ត​ឆ្នាំ​រាយការណ៍៖ ស្ថានភាព សម្គាល់ថា​បាន​ត្រួតពិនិត្យ ដាក់​ជូន (រក្សា​ច្បាប់​ថត​ទុក និង​បង្កក​ឆ្នាំ) បើក​ឡើងវិញ ប្រៀបធៀប</translation>
    </message>
    <message>
        <source>print the year&apos;s status (Draft, Checked, Submitted), who set it and when, its history and its snapshots</source>
        <translation>បោះពុម្ព​ស្ថានភាព​របស់​ឆ្នាំ (សេចក្ដីព្រាង បាន​ត្រួតពិនិត្យ បាន​ដាក់​ជូន) អ្នក​កំណត់ និង​ពេលវេលា ប្រវត្តិ និង​ច្បាប់​ថត​ទុក​របស់​វា</translation>
    </message>
    <message>
        <source>make a checked or submitted year a draft again, with a reason (its snapshots are kept)</source>
        <translation>ធ្វើ​ឱ្យ​ឆ្នាំ​ដែល​បាន​ត្រួតពិនិត្យ ឬ​បាន​ដាក់​ជូន ក្លាយជា​សេចក្ដីព្រាង​ម្ដងទៀត ដោយមាន​មូលហេតុ (ច្បាប់​ថត​ទុក​របស់​វា​នៅ​ដដែល)</translation>
    </message>
    <message>
        <source>what changed since a snapshot (default: the latest) in today&apos;s data, or in another snapshot, by whom and when</source>
        <translation>អ្វី​ដែល​បាន​ផ្លាស់ប្ដូរ​តាំងពី​ច្បាប់​ថត​ទុក​មួយ (លំនាំដើម៖ ចុងក្រោយ​បំផុត) ក្នុង​ទិន្នន័យ​ថ្ងៃនេះ ឬ​ក្នុង​ច្បាប់​ថត​ទុក​មួយទៀត ដោយ​នរណា និង​នៅពេល​ណា</translation>
    </message>
    <message>
        <source>write the documents a snapshot kept (as they were sent) into a folder</source>
        <translation>សរសេរ​ឯកសារ​ដែល​ច្បាប់​ថត​ទុក​បាន​រក្សាទុក (ដូចដែល​បាន​ផ្ញើ) ទៅ​ក្នុង​ថត​មួយ</translation>
    </message>
    <message>
        <source>why (kept in the audit log); required to reopen</source>
        <translation>ហេតុអ្វី (រក្សាទុក​ក្នុង​កំណត់ហេតុ​សវនកម្ម)៖ ចាំបាច់​ដើម្បី​បើក​ឡើងវិញ</translation>
    </message>
    <message>
        <source>the snapshot (its id, or the first characters `year status` prints; default: the latest)</source>
        <translation>ច្បាប់​ថត​ទុក (លេខ​សម្គាល់​របស់​វា ឬ​តួអក្សរ​ដំបូង​ដែល `year status` បោះពុម្ព៖ លំនាំដើម៖ ចុងក្រោយ​បំផុត)</translation>
    </message>
    <message>
        <source>compare with this snapshot instead of today&apos;s data</source>
        <translation>ប្រៀបធៀប​ជាមួយ​ច្បាប់​ថត​ទុក​នេះ ជំនួស​ឱ្យ​ទិន្នន័យ​ថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>show the values of casualty records&apos; personal fields (name, village, coordinates)</source>
        <translation>បង្ហាញ​តម្លៃ​នៃ​វាល​ព័ត៌មាន​ផ្ទាល់ខ្លួន​របស់​កំណត់ត្រា​ជនរងគ្រោះ (ឈ្មោះ ភូមិ កូអរដោនេ)</translation>
    </message>
    <message>
        <source>write the collection workbook (.xlsx) each reporting source fills for a year: the sections it is expected to return, protected, with last year&apos;s figures beside each row</source>
        <translation>សរសេរ​សៀវភៅបញ្ជី​ប្រមូល​ទិន្នន័យ (.xlsx) ដែល​ប្រភព​រាយការណ៍​នី​មួយ​ៗ​បំពេញ​សម្រាប់​មួយឆ្នាំ៖ ផ្នែក​ដែលគេ​រំពឹង​ថា​វា​នឹង​ផ្ញើ​មក ដែល​បានការ​ពារ ជាមួយ​តួលេខ​ឆ្នាំមុន​នៅ​ក្បែរ​ជួរដេក​នី​មួយ​ៗ</translation>
    </message>
    <message>
        <source>the reporting source&apos;s code (e.g. prc.02, hi)</source>
        <translation>លេខ​កូដ​ប្រភព​រាយការណ៍ (ឧ. prc.02, hi)</translation>
    </message>
    <message>
        <source>every source expected to send figures for the year</source>
        <translation>ប្រភព​ទាំងអស់​ដែលគេ​រំពឹង​ថា​នឹង​ផ្ញើ​តួលេខ​សម្រាប់​ឆ្នាំនេះ</translation>
    </message>
    <message>
        <source>the .xlsx file to write (with --source), or the folder to write them into</source>
        <translation>ឯកសារ .xlsx ដែល​ត្រូវ​សរសេរ (ជាមួយ --source) ឬ​ថត​ដែល​ត្រូវ​សរសេរ​វា​ចូល</translation>
    </message>
    <message>
        <source>replace workbooks already there</source>
        <translation>ជំនួស​សៀវភៅបញ្ជី​ដែល​មាន​រួចហើយ</translation>
    </message>
    <message>
        <source>read filled collection workbooks back: every cell is checked; a workbook with any problem is listed and nothing of it is written</source>
        <translation>អាន​សៀវភៅបញ្ជី​ប្រមូល​ទិន្នន័យ​ដែល​បាន​បំពេញ​ត្រឡប់មកវិញ៖ ក្រឡា​នី​មួយ​ៗ​ត្រូវ​បាន​ត្រួតពិនិត្យ សៀវភៅបញ្ជី​ដែល​មាន​បញ្ហា​ណាមួយ ត្រូវ​បាន​រាយ​បញ្ជី ហើយ​គ្មានអ្វី​ពី​វា​ត្រូវ​បាន​សរសេរ​ទេ</translation>
    </message>
    <message>
        <source>the filled workbooks</source>
        <translation>សៀវភៅបញ្ជី​ដែល​បាន​បំពេញ</translation>
    </message>
    <message>
        <source>check and show what would change; write nothing</source>
        <translation>ត្រួតពិនិត្យ និង​បង្ហាញ​អ្វី​ដែល​នឹង​ផ្លាស់ប្ដូរ ដោយ​មិន​សរសេរ​អ្វី​ទាំងអស់</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>បោះពុម្ព​ជា JSON</translation>
    </message>
    <message>
        <source>{path} already exists. Give --replace to replace it.</source>
        <translation>{path} មាន​រួចហើយ។ ប្រើ --replace ដើម្បី​ជំនួស​វា។</translation>
    </message>
    <message>
        <source>no e-mail entered</source>
        <translation>មិនទាន់​បញ្ចូល​អ៊ីមែល</translation>
    </message>
    <message>
        <source>{path}: {source} ({to}), {sections}, due {due}</source>
        <translation>{path}៖ {source} ({to}), {sections}, ផុតកំណត់ {due}</translation>
    </message>
    <message>
        <source>{file}: {place}: &apos;{text}&apos;: {reason}</source>
        <translation>{file}៖ {place}៖ &apos;{text}&apos;៖ {reason}</translation>
    </message>
    <message>
        <source>{file}: {n} problem(s); nothing of it was read into the database.</source>
        <translation>{file}៖ មាន​បញ្ហា {n}។ គ្មានអ្វី​ពី​វា​ត្រូវ​បាន​អាន​ចូល​មូលដ្ឋាន​ទិន្នន័យ​ទេ។</translation>
    </message>
    <message>
        <source>{file}: note: {place}: &apos;{text}&apos;: {reason}</source>
        <translation>{file}៖ កំណត់សម្គាល់៖ {place}៖ &apos;{text}&apos;៖ {reason}</translation>
    </message>
    <message>
        <source>{file}: {place}: {item} {part}: {old} -&gt; {new}</source>
        <translation>{file}៖ {place}៖ {item} {part}៖ {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>{file}: {source} {year}: would add {added}, change {changed}, leave {unchanged} as they are (dry run: nothing written)</source>
        <translation>{file}៖ {source} {year}៖ នឹង​បន្ថែម {added} ផ្លាស់ប្ដូរ {changed} ទុក​ដដែល {unchanged} (សាកល្បង៖ មិនបាន​សរសេរ​អ្វី​ទេ)</translation>
    </message>
    <message>
        <source>{file}: {source} {year}: no figure is filled in; nothing changed</source>
        <translation>{file}៖ {source} {year}៖ គ្មាន​តួលេខ​ណាមួយ​ត្រូវ​បាន​បំពេញ​ទេ គ្មានអ្វី​ផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>{file}: {source} {year}: every figure is already stored; nothing changed</source>
        <translation>{file}៖ {source} {year}៖ តួលេខ​ទាំងអស់​មាន​ក្នុង​មូលដ្ឋាន​ទិន្នន័យ​រួចហើយ គ្មានអ្វី​ផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>{file}: {source} {year}: {added} added, {changed} changed, {unchanged} unchanged; received: {received}</source>
        <translation>{file}៖ {source} {year}៖ បាន​បន្ថែម {added} បាន​ផ្លាស់ប្ដូរ {changed} មិន​ផ្លាស់ប្ដូរ {unchanged}។ បាន​ទទួល៖ {received}</translation>
    </message>
    <message>
        <source>the folder to write the documents into</source>
        <translation>ថត​ដែល​ត្រូវ​សរសេរ​ឯកសារ​ចូល</translation>
    </message>
    <message>
        <source>replace files of the same names in the folder</source>
        <translation>ជំនួស​ឯកសារ​ដែល​មានឈ្មោះ​ដូចគ្នា​នៅក្នុង​ថត</translation>
    </message>
    <message>
        <source>at headquarters: make a provincial database, paired with this one (HQ&apos;s catalog and sources, the province&apos;s rows HQ holds)</source>
        <translation>នៅ​ទីស្នាក់ការ​កណ្ដាល៖ បង្កើត​មូលដ្ឋាន​ទិន្នន័យ​ខេត្ត​មួយ ដែល​ផ្គូផ្គង​ជាមួយ​មូលដ្ឋាន​ទិន្នន័យ​នេះ (កាតាឡុក និង​ប្រភព​របស់​ទីស្នាក់ការ​កណ្ដាល ជួរ​របស់​ខេត្ត​ដែល​ទីស្នាក់ការ​កណ្ដាល​មាន)</translation>
    </message>
    <message>
        <source>the province, by name or code (Battambang, 02)</source>
        <translation>ខេត្ត តាម​ឈ្មោះ ឬ​លេខ​កូដ (Battambang, 02)</translation>
    </message>
    <message>
        <source>the provincial database to write</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​ខេត្ត​ដែល​ត្រូវ​សរសេរ</translation>
    </message>
    <message>
        <source>casualties&apos; names, villages and coordinates travel in this pair&apos;s packages (default: they do not)</source>
        <translation>ឈ្មោះ ភូមិ និង​កូអរដោនេ​របស់​ជនរងគ្រោះ ធ្វើដំណើរ​ក្នុង​កញ្ចប់​របស់​គូ​នេះ (លំនាំដើម៖ មិន​ធ្វើដំណើរ​ទេ)</translation>
    </message>
    <message>
        <source>at headquarters: pair a province whose database was made by `cmdesk init`, and print its one-line pairing code (once)</source>
        <translation>នៅ​ទីស្នាក់ការ​កណ្ដាល៖ ផ្គូផ្គង​ខេត្ត​មួយ​ដែល​មូលដ្ឋាន​ទិន្នន័យ​របស់​វា​ត្រូវ​បាន​បង្កើត​ដោយ `cmdesk init` ហើយ​បោះពុម្ព​លេខ​កូដ​ផ្គូផ្គង​មួយ​បន្ទាត់​របស់​វា (ម្ដង​ប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>in a province: pair this database with headquarters from the code HQ gave</source>
        <translation>នៅ​ខេត្ត៖ ផ្គូផ្គង​មូលដ្ឋាន​ទិន្នន័យ​នេះ​ជាមួយ​ទីស្នាក់ការ​កណ្ដាល ពី​លេខ​កូដ​ដែល​ទីស្នាក់ការ​កណ្ដាល​បាន​ផ្ដល់</translation>
    </message>
    <message>
        <source>the pairing code, one line</source>
        <translation>លេខ​កូដ​ផ្គូផ្គង មួយ​បន្ទាត់</translation>
    </message>
    <message>
        <source>list the offices this database exchanges with: last package sent and received, conflicts waiting (reads only)</source>
        <translation>រាយ​ការិយាល័យ​ដែល​មូលដ្ឋាន​ទិន្នន័យ​នេះ​ផ្លាស់ប្ដូរ​ជាមួយ៖ កញ្ចប់​ចុងក្រោយ​ដែល​បាន​ផ្ញើ និង​ទទួល ជម្លោះ​ដែល​កំពុង​រង់ចាំ (អាន​តែប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>write a package (.cmdx) with everything changed here that the other office has not acknowledged</source>
        <translation>សរសេរ​កញ្ចប់ (.cmdx) ដែល​មាន​អ្វី​ៗ​ទាំងអស់​ដែល​បាន​ផ្លាស់ប្ដូរ​នៅ​ទីនេះ ដែល​ការិយាល័យ​ម្ខាងទៀត​មិនទាន់​បាន​ទទួលស្គាល់</translation>
    </message>
    <message>
        <source>at headquarters: the province to send to (a province sends to HQ)</source>
        <translation>នៅ​ទីស្នាក់ការ​កណ្ដាល៖ ខេត្ត​ដែល​ត្រូវ​ផ្ញើ​ទៅ (ខេត្ត​មួយ​ផ្ញើ​ទៅ​ទីស្នាក់ការ​កណ្ដាល)</translation>
    </message>
    <message>
        <source>the package to write</source>
        <translation>កញ្ចប់​ដែល​ត្រូវ​សរសេរ</translation>
    </message>
    <message>
        <source>check a package and merge it field by field, in one transaction; conflicts wait for a person</source>
        <translation>ត្រួតពិនិត្យ​កញ្ចប់​មួយ ហើយ​បញ្ចូល​វា​ម្ដង​មួយ​វាល ក្នុង​ប្រតិបត្តិ​ការ​តែមួយ៖ ជម្លោះ​រង់ចាំ​មនុស្ស​សម្រេច</translation>
    </message>
    <message>
        <source>the package</source>
        <translation>កញ្ចប់</translation>
    </message>
    <message>
        <source>only say what it would add, change, delete, refuse and put in conflict</source>
        <translation>គ្រាន់តែ​ប្រាប់​អ្វី​ដែល​វា​នឹង​បន្ថែម ផ្លាស់ប្ដូរ លុប បដិសេធ និង​ដាក់​ក្នុង​ជម្លោះ</translation>
    </message>
    <message>
        <source>print JSON: from, seq, acknowledged, applied, counts, items (table, key, field, outcome, detail, old, new), possible_duplicates, returns_recorded</source>
        <translation>បោះពុម្ព​ជា JSON៖ from, seq, acknowledged, applied, counts, items (table, key, field, outcome, detail, old, new), possible_duplicates, returns_recorded</translation>
    </message>
    <message>
        <source>list the open conflicts: the row, the field, the base value, each side&apos;s value with who and when (reads only)</source>
        <translation>រាយ​ជម្លោះ​ដែល​កំពុង​បើក៖ ជួរ វាល តម្លៃ​មូលដ្ឋាន តម្លៃ​របស់​ភាគី​នី​មួយ​ៗ ជាមួយ​អ្នកណា និង​ពេលណា (អាន​តែប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>only those touching this year</source>
        <translation>តែ​ជម្លោះ​ដែល​ទាក់ទង​នឹង​ឆ្នាំនេះ</translation>
    </message>
    <message>
        <source>print JSON: a list of objects with key, peer_office, table, row_key, field, kind, year, base, mine, theirs, theirs_who, theirs_at, mine_who, mine_at</source>
        <translation>បោះពុម្ព​ជា JSON៖ បញ្ជី​វត្ថុ​ដែល​មាន key, peer_office, table, row_key, field, kind, year, base, mine, theirs, theirs_who, theirs_at, mine_who, mine_at</translation>
    </message>
    <message>
        <source>settle a conflict: keep mine, take theirs, or give a value; the choice travels in the next package</source>
        <translation>ដោះស្រាយ​ជម្លោះ៖ រក្សា​របស់ខ្ញុំ យក​របស់​គេ ឬ​ផ្ដល់​តម្លៃ​មួយ៖ ជម្រើស​នេះ​ធ្វើដំណើរ​ក្នុង​កញ្ចប់​បន្ទាប់</translation>
    </message>
    <message>
        <source>the conflict&apos;s key (as `cmdesk conflicts` lists it)</source>
        <translation>កូនសោ​របស់​ជម្លោះ (ដូចដែល `cmdesk conflicts` រាយ)</translation>
    </message>
    <message>
        <source>mine, theirs, or the value to write</source>
        <translation>mine (របស់ខ្ញុំ) theirs (របស់​គេ) ឬ​តម្លៃ​ដែល​ត្រូវ​សរសេរ</translation>
    </message>
    <message>
        <source>Created {path} for {office}, paired with {db}: {records} casualty record(s), {values} value(s). Give the file to the province.</source>
        <translation>បាន​បង្កើត {path} សម្រាប់ {office} ដែល​ផ្គូផ្គង​ជាមួយ {db}៖ កំណត់ត្រា​ជនរងគ្រោះ {records} តម្លៃ {values}។ សូម​ប្រគល់​ឯកសារ​នេះ​ទៅ​ខេត្ត។</translation>
    </message>
    <message>
        <source>Pairing code for {office} (shown once; give it in person or by telephone: whoever holds it can sign packages for the province):</source>
        <translation>លេខ​កូដ​ផ្គូផ្គង​សម្រាប់ {office} (បង្ហាញ​តែម្ដង៖ សូម​ផ្ដល់​វា​ដោយ​ផ្ទាល់ ឬ​តាម​ទូរស័ព្ទ៖ អ្នកណា​ដែល​កាន់​វា​អាច​ចុះហត្ថលេខា​លើ​កញ្ចប់​សម្រាប់​ខេត្ត​បាន)៖</translation>
    </message>
    <message>
        <source>{db} is paired with {office}: send it a package with `cmdesk send`.</source>
        <translation>{db} ត្រូវ​បាន​ផ្គូផ្គង​ជាមួយ {office}៖ សូម​ផ្ញើ​កញ្ចប់​ទៅ​វា​ដោយ `cmdesk send`។</translation>
    </message>
    <message>
        <source>This database is not paired with any office.</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​នេះ​មិន​ត្រូវ​បាន​ផ្គូផ្គង​ជាមួយ​ការិយាល័យ​ណាមួយ​ទេ។</translation>
    </message>
    <message>
        <source>{office} ({code}): package {sent} sent {sent_at}, package {received} received {received_at}, {acked} acknowledged; {n} conflict(s) waiting</source>
        <translation>{office} ({code})៖ កញ្ចប់ {sent} បាន​ផ្ញើ {sent_at} កញ្ចប់ {received} បាន​ទទួល {received_at} បាន​ទទួលស្គាល់ {acked}៖ ជម្លោះ {n} កំពុង​រង់ចាំ</translation>
    </message>
    <message>
        <source>Package {seq} written to {path}: {add} row(s) added, {change} changed, {delete} deleted since the last acknowledged state; it acknowledges package {ack} from the other office.</source>
        <translation>បាន​សរសេរ​កញ្ចប់ {seq} ទៅ {path}៖ ជួរ {add} បាន​បន្ថែម {change} បាន​ផ្លាស់ប្ដូរ {delete} បាន​លុប តាំងពី​ស្ថានភាព​ដែល​បាន​ទទួលស្គាល់​ចុងក្រោយ៖ វាទ​ទួល​ស្គាល់​កញ្ចប់ {ack} ពី​ការិយាល័យ​ម្ខាងទៀត។</translation>
    </message>
    <message>
        <source>added</source>
        <translation>បាន​បន្ថែម</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>បាន​ផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>បាន​លុប</translation>
    </message>
    <message>
        <source>already the same</source>
        <translation>ដូចគ្នា​រួចហើយ</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>មាន​ជម្លោះ</translation>
    </message>
    <message>
        <source>held (a submitted year)</source>
        <translation>បាន​ឃាត់ទុក (ឆ្នាំ​ដែល​បាន​ដាក់​ជូន)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>បាន​បដិសេធ</translation>
    </message>
    <message>
        <source>Package {seq} from {office} (dry run: nothing was changed):</source>
        <translation>កញ្ចប់ {seq} ពី {office} (សាកល្បង៖ គ្មានអ្វី​ត្រូវ​បាន​ផ្លាស់ប្ដូរ​ទេ)៖</translation>
    </message>
    <message>
        <source>Package {seq} from {office} received:</source>
        <translation>បាន​ទទួល​កញ្ចប់ {seq} ពី {office}៖</translation>
    </message>
    <message>
        <source>Nothing in it changes this database.</source>
        <translation>គ្មានអ្វី​ក្នុង​វា​ផ្លាស់ប្ដូរ​មូលដ្ឋាន​ទិន្នន័យ​នេះ​ទេ។</translation>
    </message>
    <message>
        <source>possible duplicate: received record {new} looks like {other}</source>
        <translation>ករណី​អាច​ស្ទួន៖ កំណត់ត្រា​ដែល​បាន​ទទួល {new} មើលទៅ​ដូច {other}</translation>
    </message>
    <message>
        <source>return recorded as received: {year}, {source}, {section}</source>
        <translation>របាយការណ៍​ត្រូវ​បាន​កត់ត្រា​ថា​បាន​ទទួល៖ {year}, {source}, {section}</translation>
    </message>
    <message>
        <source>List the conflicts with `cmdesk conflicts --db {db}` and settle each with `cmdesk resolve KEY --take mine|theirs|VALUE`.</source>
        <translation>សូម​រាយ​ជម្លោះ​ដោយ `cmdesk conflicts --db {db}` ហើយ​ដោះស្រាយ​ជម្លោះ​នី​មួយ​ៗ​ដោយ `cmdesk resolve KEY --take mine|theirs|VALUE`។</translation>
    </message>
    <message>
        <source>No conflict is waiting.</source>
        <translation>គ្មាន​ជម្លោះ​កំពុង​រង់ចាំ​ទេ។</translation>
    </message>
    <message>
        <source>both sides changed it</source>
        <translation>ភាគី​ទាំងពីរ​បាន​ផ្លាស់ប្ដូរ​វា</translation>
    </message>
    <message>
        <source>changed there, deleted here</source>
        <translation>បាន​ផ្លាស់ប្ដូរ​នៅ​ទីនោះ បាន​លុប​នៅ​ទីនេះ</translation>
    </message>
    <message>
        <source>deleted there, changed here</source>
        <translation>បាន​លុប​នៅ​ទីនោះ បាន​ផ្លាស់ប្ដូរ​នៅ​ទីនេះ</translation>
    </message>
    <message>
        <source>a submitted year here</source>
        <translation>ឆ្នាំ​ដែល​បាន​ដាក់​ជូន​នៅ​ទីនេះ</translation>
    </message>
    <message>
        <source>the whole row</source>
        <translation>ជួរ​ទាំងមូល</translation>
    </message>
    <message>
        <source>base: {base!r}; mine: {mine!r} ({mine_who} {mine_at}); theirs: {theirs!r} ({theirs_who} {theirs_at})</source>
        <translation>មូលដ្ឋាន៖ {base!r}៖ របស់ខ្ញុំ៖ {mine!r} ({mine_who} {mine_at})៖ របស់​គេ៖ {theirs!r} ({theirs_who} {theirs_at})</translation>
    </message>
    <message>
        <source>Conflict {key} settled ({take}): it travels in the next package to {office}.</source>
        <translation>ជម្លោះ {key} ត្រូវ​បាន​ដោះស្រាយ ({take})៖ វា​ធ្វើដំណើរ​ក្នុង​កញ្ចប់​បន្ទាប់​ទៅ {office}។</translation>
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
        <translation>ប្រភេទ​គ្រាប់</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Amputation</source>
        <translation>កាត់​អវយវៈ</translation>
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
        <translation>ក្រុម​អាយុ</translation>
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
        <translation>មីន​ប្រឆាំង​មនុស្ស</translation>
    </message>
    <message>
        <source>Antivehicle mine</source>
        <translation>មីន​ប្រឆាំង​យានយន្ត</translation>
    </message>
    <message>
        <source>Unexploded submunition</source>
        <translation>គ្រាប់បែក​ចង្កោម​តូច​មិនទាន់​ផ្ទុះ</translation>
    </message>
    <message>
        <source>Other ERW</source>
        <translation>សំណល់​ជាតិផ្ទុះ​ពី​សង្គ្រាម​ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Improvised mine</source>
        <translation>មីន​ច្នៃប្រឌិត</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>មិន​ស្គាល់</translation>
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
        <translation>អ្នក​ដោះ​មីន</translation>
    </message>
    <message>
        <source>Military or security forces</source>
        <translation>កងកម្លាំង​យោធា ឬ​សន្ដិ​សុខ</translation>
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
        <translation>មនុស្ស​ពេញវ័យ</translation>
    </message>
    <message>
        <source>Child (under 18)</source>
        <translation>កុមារ (អាយុ​ក្រោម ១៨ ឆ្នាំ)</translation>
    </message>
    <message>
        <source>CMDesk does not know this {field}. Write one of: {codes} (other accepted spellings are listed in docs/casualties-import.md).</source>
        <translation>CMDesk មិន​ស្គាល់{field}នេះ​ទេ។ សូម​សរសេរ​មួយ​ក្នុងចំណោម៖ {codes} (អក្ខរា​វិរុទ្ធ​ផ្សេងទៀត​ដែល​ទទួលយក មានរាយ​ក្នុង docs/casualties-import.md)។</translation>
    </message>
    <message>
        <source>this date is in the future. Check the date.</source>
        <translation>កាលបរិច្ឆេទ​នេះ​នៅ​ថ្ងៃ​អនាគត។ សូម​ពិនិត្យ​កាលបរិច្ឆេទ។</translation>
    </message>
    <message>
        <source>before {first}, when the register starts. Check the year.</source>
        <translation>មុន​ឆ្នាំ {first} ដែល​ជា​ពេល​បញ្ជី​ចាប់ផ្ដើម។ សូម​ពិនិត្យ​ឆ្នាំ។</translation>
    </message>
    <message>
        <source>not an age. Write the age in whole years, for example 34, or leave it empty and give the age group.</source>
        <translation>មិនមែន​ជា​អាយុ​ទេ។ សូម​សរសេរ​អាយុ​ជា​ចំនួន​ឆ្នាំ​គត់ ឧទាហរណ៍ 34 ឬ​ទុក​វា​ឱ្យ​ទទេ ហើយ​ផ្ដល់​ក្រុម​អាយុ។</translation>
    </message>
    <message>
        <source>an age of {age} is not possible. Check the age, or leave it empty and give the age group.</source>
        <translation>អាយុ {age} មិន​អាច​ទៅរួច​ទេ។ សូម​ពិនិត្យ​អាយុ ឬ​ទុក​វា​ឱ្យ​ទទេ ហើយ​ផ្ដល់​ក្រុម​អាយុ។</translation>
    </message>
    <message>
        <source>not a province of Cambodia. Write its name in English or Khmer (Battambang, បាត់ដំបង) or its two-digit code (02).</source>
        <translation>មិនមែន​ជា​ខេត្ត​របស់​កម្ពុជា​ទេ។ សូម​សរសេរ​ឈ្មោះ​របស់​វា​ជា​ភាសាអង់គ្លេស ឬ​ខ្មែរ (Battambang, បាត់ដំបង) ឬ​លេខ​កូដ​ពីរ​ខ្ទង់​របស់​វា (02)។</translation>
    </message>
    <message>
        <source>not a number. Write decimal degrees, for example 13.0957.</source>
        <translation>មិនមែន​ជា​លេខ​ទេ។ សូម​សរសេរជា​ដឺក្រេ​ទសភាគ ឧទាហរណ៍ 13.0957។</translation>
    </message>
    <message>
        <source>outside Cambodia ({column} {low} to {high}). Check the figure, and that latitude and longitude are not swapped.</source>
        <translation>នៅ​ក្រៅប្រទេស​កម្ពុជា ({column} ពី {low} ដល់ {high})។ សូម​ពិនិត្យ​តួលេខ ហើយ​ថា​រយៈទទឹង និង​រយៈបណ្ដោយ​មិន​ត្រូវ​បាន​ប្ដូរ​គ្នា។</translation>
    </message>
    <message>
        <source>CMDesk has no column &apos;{name}&apos;. The columns are: {columns}.</source>
        <translation>CMDesk គ្មាន​ជួរឈរ &apos;{name}&apos; ទេ។ ជួរឈរ​គឺ៖ {columns}។</translation>
    </message>
    <message>
        <source>longer than {n} characters. Shorten it.</source>
        <translation>វែង​ជាង {n} តួអក្សរ។ សូម​ធ្វើ​ឱ្យ​វា​ខ្លី​ជាង​នេះ។</translation>
    </message>
    <message>
        <source>the {field} is empty. Write {codes}.</source>
        <translation>{field} ទទេ។ សូម​សរសេរ {codes}។</translation>
    </message>
    <message>
        <source>killed or injured</source>
        <translation>ស្លាប់ ឬ​របួស</translation>
    </message>
    <message>
        <source>the age is {age}, so the age group is {derived} (a child is under 18), not {group}. Correct the age or the age group.</source>
        <translation>អាយុ​គឺ {age} ដូច្នេះ​ក្រុម​អាយុ​គឺ {derived} (កុមារ​មាន​អាយុ​ក្រោម ១៨ ឆ្នាំ) មិនមែន {group} ទេ។ សូម​កែ​អាយុ ឬ​ក្រុម​អាយុ។</translation>
    </message>
    <message>
        <source>give both the latitude and the longitude, or neither.</source>
        <translation>សូម​ផ្ដល់​ទាំង​រយៈទទឹង និង​រយៈបណ្ដោយ ឬមិន​ផ្ដល់​ទាំងពីរ។</translation>
    </message>
    <message>
        <source>an amputation is recorded on injured people only, and the outcome is killed. Correct the outcome or the amputation.</source>
        <translation>ការ​កាត់​អវយវៈ​ត្រូវ​បាន​កត់ត្រា​សម្រាប់​តែ​អ្នករបួស​ប៉ុណ្ណោះ ប៉ុន្តែ​លទ្ធផល​គឺ​ស្លាប់។ សូម​កែ​លទ្ធផល ឬ​ការ​កាត់​អវយវៈ។</translation>
    </message>
</context>
<context>
    <name>CasualtiesImport</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>ការនាំចូល​ត្រូវ​បាន​បោះបង់៖ គ្មានអ្វី​ត្រូវ​បាន​សរសេរ​ទេ។</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula whose value was never saved (the file was written by a program that does not calculate). Open the file in Excel, save it, and import it again; or type the value.</source>
        <translation>ក្រឡា {cell} មាន​រូបមន្ត​ដែល​តម្លៃ​របស់​វា​មិនដែល​ត្រូវ​បាន​រក្សាទុក (ឯកសារ​ត្រូវ​បាន​សរសេរ​ដោយ​កម្មវិធី​ដែល​មិន​គណនា)។ សូម​បើក​ឯកសារ​ក្នុង Excel រក្សាទុក​វា ហើយ​នាំចូល​វា​ម្ដងទៀត ឬ​វាយតម្លៃ​បញ្ចូល។</translation>
    </message>
    <message>
        <source>cell {cell} holds the error {error}, not a value. Correct it in Excel.</source>
        <translation>ក្រឡា {cell} មាន​កំហុស {error} មិនមែន​ជា​តម្លៃ​ទេ។ សូម​កែ​វា​ក្នុង Excel។</translation>
    </message>
    <message>
        <source>{path}: CMDesk imports casualty records from .csv and .xlsx files. Save the file in one of those formats.</source>
        <translation>{path}៖ CMDesk នាំចូល​កំណត់ត្រា​ជនរងគ្រោះ​ពី​ឯកសារ .csv និង .xlsx។ សូម​រក្សាទុក​ឯកសារ​ជា​ទម្រង់​មួយ​ក្នុងចំណោម​ទម្រង់​ទាំងនោះ។</translation>
    </message>
    <message>
        <source>{path} is empty. Its first row must name the columns, for example {columns}.</source>
        <translation>{path} ទទេ។ ជួរដេក​ទីមួយ​របស់​វា​ត្រូវតែ​ដាក់ឈ្មោះ​ជួរឈរ ឧទាហរណ៍ {columns}។</translation>
    </message>
    <message>
        <source>Cannot read the column map {path}: {reason}.</source>
        <translation>មិន​អាច​អាន​ផែនទី​ជួរឈរ {path} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>The column map {path} is not JSON ({detail}). Write it as {{&quot;File header&quot;: &quot;incident_date&quot;, &quot;Other header&quot;: null}}.</source>
        <translation>ផែនទី​ជួរឈរ {path} មិនមែន​ជា JSON ទេ ({detail})។ សូម​សរសេរ​វា​ជា {{&quot;File header&quot;: &quot;incident_date&quot;, &quot;Other header&quot;: null}}។</translation>
    </message>
    <message>
        <source>The column map {path} must be one JSON object from a header to a column name or null, for example {{&quot;Date&quot;: &quot;incident_date&quot;}}.</source>
        <translation>ផែនទី​ជួរឈរ {path} ត្រូវតែ​ជា​វត្ថុ JSON មួយ ពី​ក្បាល​ជួរឈរ​ទៅ​ឈ្មោះ​ជួរឈរ ឬ null ឧទាហរណ៍ {{&quot;Date&quot;: &quot;incident_date&quot;}}។</translation>
    </message>
    <message>
        <source>unknown column(s) {names}</source>
        <translation>ជួរឈរ​ដែល​មិន​ស្គាល់ {names}</translation>
    </message>
    <message>
        <source>mapped to no CMDesk column: {names}</source>
        <translation>មិនបាន​ផ្គូផ្គង​ទៅ​ជួរឈរ​ណាមួយ​របស់ CMDesk ទេ៖ {names}</translation>
    </message>
    <message>
        <source>given twice: {names}</source>
        <translation>ផ្ដល់​ឱ្យ​ពីរ​ដង៖ {names}</translation>
    </message>
    <message>
        <source>column(s) {names} hold data but have no header</source>
        <translation>ជួរឈរ {names} មាន​ទិន្នន័យ ប៉ុន្តែ​គ្មាន​ក្បាល​ជួរឈរ</translation>
    </message>
    <message>
        <source>{path}, row {row} (the header): {found}. Name the columns {columns}, or map the file&apos;s headers to them (--map, see docs/casualties-import.md).</source>
        <translation>{path} ជួរដេក {row} (ក្បាល​ជួរឈរ)៖ {found}។ សូម​ដាក់ឈ្មោះ​ជួរឈរ {columns} ឬ​ផ្គូផ្គង​ក្បាល​ជួរឈរ​របស់​ឯកសារ​ទៅ​នឹង​វា (--map មើល docs/casualties-import.md)។</translation>
    </message>
    <message>
        <source>{path}, row {row} (the header): no column gives the outcome (killed or injured), which every record needs.</source>
        <translation>{path} ជួរដេក {row} (ក្បាល​ជួរឈរ)៖ គ្មាន​ជួរឈរ​ណា​ផ្ដល់​លទ្ធផល (ស្លាប់ ឬ​របួស) ដែល​កំណត់ត្រា​នី​មួយ​ៗ​ត្រូវការ​ទេ។</translation>
    </message>
    <message>
        <source>this row would change the casualty records of {year}: {why}</source>
        <translation>ជួរដេក​នេះ​នឹង​ផ្លាស់ប្ដូរ​កំណត់ត្រា​ជនរងគ្រោះ​នៃ​ឆ្នាំ {year}៖ {why}</translation>
    </message>
    <message>
        <source>this cell is under no column CMDesk reads. Move its text to the &apos;notes&apos; column or delete it.</source>
        <translation>ក្រឡា​នេះ​មិន​នៅ​ក្រោម​ជួរឈរ​ណា​ដែល CMDesk អាន​ទេ។ សូម​ផ្លាស់ទី​អត្ថបទ​របស់​វា​ទៅ​ជួរឈរ &apos;notes&apos; ឬ​លុប​វា​ចោល។</translation>
    </message>
    <message>
        <source>row {first} already gives CMVIS number {id}. Keep one of the two rows, or correct the number.</source>
        <translation>ជួរដេក {first} បាន​ផ្ដល់​លេខ CMVIS {id} រួចហើយ។ សូម​រក្សា​ជួរដេក​មួយ​ក្នុងចំណោម​ជួរដេក​ទាំងពីរ ឬ​កែ​លេខ។</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to {path}: {reason}. If the file is open in Excel, close it; otherwise give another file.</source>
        <translation>មិន​អាច​សរសេរ​ជួរដេក​ដែល​ត្រូវ​បាន​បដិសេធ​ទៅ {path} បានទេ៖ {reason}។ ប្រសិនបើ​ឯកសារ​កំពុង​បើក​ក្នុង Excel សូម​បិទ​វា បើមិនដូច្នោះទេ សូម​ផ្ដល់​ឯកសារ​ផ្សេង។</translation>
    </message>
</context>
<context>
    <name>CasualtiesPage</name>
    <message>
        <source>Casualty register</source>
        <translation>បញ្ជី​ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>បញ្ជី</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>ករណី​អាច​ស្ទួន</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <source>The records of {years} cannot be changed: reopen the year on Overview to change them.</source>
        <translation>មិន​អាច​ផ្លាស់ប្ដូរ​កំណត់ត្រា​នៃ​ឆ្នាំ {years} បានទេ៖ សូម​បើក​ឆ្នាំ​នោះ​ឡើងវិញ​នៅ​លើ​ទំព័រ​ទិដ្ឋភាព​ទូទៅ ដើម្បី​ផ្លាស់ប្ដូរ​វា។</translation>
    </message>
    <message>
        <source>Cannot change the casualty register</source>
        <translation>មិន​អាច​ផ្លាស់ប្ដូរ​បញ្ជី​ជនរងគ្រោះ​បានទេ</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(គ្មាន​លេខ)</translation>
    </message>
    <message>
        <source>Add casualty record {name}</source>
        <translation>បន្ថែម​កំណត់ត្រា​ជនរងគ្រោះ {name}</translation>
    </message>
    <message>
        <source>Edit casualty record {name}</source>
        <translation>កែសម្រួល​កំណត់ត្រា​ជនរងគ្រោះ {name}</translation>
    </message>
    <message>
        <source>Delete casualty record {name}</source>
        <translation>លុប​កំណត់ត្រា​ជនរងគ្រោះ {name}</translation>
    </message>
    <message>
        <source>Merge {n} record(s) into {name}</source>
        <translation>បញ្ចូល​កំណត់ត្រា {n} ទៅក្នុង {name}</translation>
    </message>
    <message>
        <source>Mark {n} record(s) as distinct</source>
        <translation>សម្គាល់​កំណត់ត្រា {n} ថា​ផ្សេងគ្នា</translation>
    </message>
</context>
<context>
    <name>CasualtyCharts</name>
    <message>
        <source>Cannot write {path}.</source>
        <translation>មិន​អាច​សរសេរ {path} បានទេ។</translation>
    </message>
    <message>
        <source>Casualties per year</source>
        <translation>ជនរងគ្រោះ​តាម​ឆ្នាំ</translation>
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
        <translation>មិន​ស្គាល់</translation>
    </message>
    <message>
        <source>Casualties in {year} by sex and age</source>
        <translation>ជនរងគ្រោះ​ក្នុង​ឆ្នាំ {year} តាម​ភេទ និង​អាយុ</translation>
    </message>
    <message>
        <source>Injured, no amputation</source>
        <translation>របួស មិន​កាត់​អវយវៈ</translation>
    </message>
    <message>
        <source>Lost limbs</source>
        <translation>បាត់បង់​អវយវៈ</translation>
    </message>
</context>
<context>
    <name>CasualtyDialog</name>
    <message>
        <source>Edit casualty record</source>
        <translation>កែសម្រួល​កំណត់ត្រា​ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Add a casualty record</source>
        <translation>បន្ថែម​កំណត់ត្រា​ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>CMVIS number, if known</source>
        <translation>លេខ CMVIS ប្រសិនបើ​ដឹង</translation>
    </message>
    <message>
        <source>2024-03-15, 15/03/2024, or 2024-03 if the day is unknown</source>
        <translation>2024-03-15, 15/03/2024 ឬ 2024-03 ប្រសិនបើ​មិនដឹង​ថ្ងៃ</translation>
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
        <translation>ឆ្នាំ៖ ទុក​ទទេ ប្រសិនបើ​មិនដឹង</translation>
    </message>
    <message>
        <source>e.g. farming, collecting scrap metal</source>
        <translation>ឧ. ធ្វើស្រែ​ចម្ការ ប្រមូល​អេតចាយ​ដែក</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(មិនដឹង)</translation>
    </message>
    <message>
        <source>choose the province first</source>
        <translation>សូម​ជ្រើស​ខេត្ត​ជាមុន​សិន</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(ជ្រើស)</translation>
    </message>
    <message>
        <source>{month:02d}/{year}, day not known</source>
        <translation>{month:02d}/{year} មិនដឹង​ថ្ងៃ</translation>
    </message>
    <message>
        <source>This may be the same casualty as {n} record(s) already in the register, with the same date, province, sex, age and device type (first: {id}). Click OK again to save it anyway, or Cancel.</source>
        <translation>នេះ​អាច​ជា​ជនរងគ្រោះ​តែមួយ​នឹង​កំណត់ត្រា {n} ដែល​មាន​ក្នុង​បញ្ជី​រួចហើយ ដែល​មានកាល​បរិច្ឆេទ ខេត្ត ភេទ អាយុ និង​ប្រភេទ​គ្រាប់​ដូចគ្នា (ទីមួយ៖ {id})។ សូម​ចុច «យល់ព្រម» ម្ដងទៀត​ដើម្បី​រក្សាទុក​វា​ទោះជាយ៉ាងណា​ក៏ដោយ ឬ «បោះបង់»។</translation>
    </message>
</context>
<context>
    <name>CasualtyDuplicatesTab</name>
    <message>
        <source>Records with the same date, province, sex, age and device type may be the same casualty. Select the record to keep and merge the group into it, or mark the group as different casualties.</source>
        <translation>កំណត់ត្រា​ដែល​មានកាល​បរិច្ឆេទ ខេត្ត ភេទ អាយុ និង​ប្រភេទ​គ្រាប់​ដូចគ្នា អាច​ជា​ជនរងគ្រោះ​តែមួយ។ សូម​ជ្រើស​កំណត់ត្រា​ដែល​ត្រូវ​រក្សាទុក ហើយ​បញ្ចូល​ក្រុម​នោះ​ទៅ​ក្នុង​វា ឬ​សម្គាល់​ក្រុម​នោះ​ថា​ជា​ជន​រង​គ្រោះ​ផ្សេង​ៗ​គ្នា។</translation>
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
        <translation>បាន​បញ្ចូល</translation>
    </message>
    <message>
        <source>&amp;Merge into the selected record</source>
        <translation>បញ្ចូល​ទៅ​ក្នុង​កំណត់ត្រា​ដែល​បាន​ជ្រើស (&amp;M)</translation>
    </message>
    <message>
        <source>Mark as &amp;distinct</source>
        <translation>សម្គាល់ថា​ផ្សេងគ្នា (&amp;D)</translation>
    </message>
    <message>
        <source>province unknown</source>
        <translation>មិន​ស្គាល់​ខេត្ត</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>មិន​ស្គាល់​អាយុ</translation>
    </message>
    <message>
        <source>{title} ({n} records)</source>
        <translation>{title} (កំណត់ត្រា {n})</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(គ្មាន​លេខ)</translation>
    </message>
    <message>
        <source>{n} group(s) of possible duplicates</source>
        <translation>ក្រុម​នៃ​ករណី​អាច​ស្ទួន {n}</translation>
    </message>
</context>
<context>
    <name>CasualtyImportSteps</name>
    <message>
        <source>Import casualty records</source>
        <translation>នាំចូល​កំណត់ត្រា​ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Casualty files (*.csv *.xlsx);;All files (*)</source>
        <translation>ឯកសារ​ជនរងគ្រោះ (*.csv *.xlsx);;ឯកសារ​ទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>កំពុង​អាន {name}…</translation>
    </message>
    <message>
        <source>The import was cancelled; the register is as it was.</source>
        <translation>ការនាំចូល​ត្រូវ​បាន​បោះបង់៖ បញ្ជី​នៅ​ដដែល។</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>កំពុង​ត្រួតពិនិត្យ {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>កំពុង​នាំចូល {name}…</translation>
    </message>
    <message>
        <source>{name}: {added:,} added, {updated:,} updated, {duplicates:,} already in the register, {rejected:,} rejected.</source>
        <translation>{name}៖ បាន​បន្ថែម {added:,} បាន​ធ្វើ​បច្ចុប្បន្នភាព {updated:,} មាន​ក្នុង​បញ្ជី​រួចហើយ {duplicates:,} បាន​បដិសេធ {rejected:,}។</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows of {name}</source>
        <translation>មិន​អាច​សរសេរ​ជួរដេក​ដែល​ត្រូវ​បាន​បដិសេធ​របស់ {name} បានទេ</translation>
    </message>
    <message>
        <source>The rejected rows and their problems are in {path}.</source>
        <translation>ជួរដេក​ដែល​ត្រូវ​បាន​បដិសេធ និង​បញ្ហា​របស់​វា មាននៅ​ក្នុង {path}។</translation>
    </message>
    <message>
        <source>Cannot import {name}</source>
        <translation>មិន​អាច​នាំចូល {name} បានទេ</translation>
    </message>
</context>
<context>
    <name>CasualtyRegisterTab</name>
    <message>
        <source>Search CMVIS number, district, commune, village or name</source>
        <translation>ស្វែងរក​លេខ CMVIS ស្រុក ឃុំ ភូមិ ឬ​ឈ្មោះ</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>គ្រប់​ឆ្នាំ</translation>
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
        <translation>បង្ហាញ​ព័ត៌មាន​ផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>Names, villages and coordinates are personal data: shown only when asked for.</source>
        <translation>ឈ្មោះ ភូមិ និង​កូអរដោនេ គឺជា​ទិន្នន័យ​ផ្ទាល់ខ្លួន៖ បង្ហាញ​តែ​ពេល​ដែល​បាន​ស្នើសុំ​ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>គ្រប់​ខេត្ត</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>គ្រប់​ប្រភេទ​គ្រាប់</translation>
    </message>
    <message>
        <source>Killed and injured</source>
        <translation>ស្លាប់ និង​របួស</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>គ្រប់​ស្ថានភាព</translation>
    </message>
    <message>
        <source>Any sex</source>
        <translation>គ្រប់​ភេទ</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>គ្រប់​អាយុ</translation>
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
        <source>{n:,} record(s)</source>
        <translation>កំណត់ត្រា {n:,}</translation>
    </message>
    <message>
        <source>{n:,} of {total:,} record(s) match</source>
        <translation>កំណត់ត្រា {n:,} ក្នុងចំណោម {total:,} ត្រូវគ្នា</translation>
    </message>
    <message>
        <source>Saved as asked; it is listed under Possible duplicates with {n} other record(s).</source>
        <translation>បាន​រក្សាទុក​តាម​ការ​ស្នើ៖ វា​ត្រូវ​បាន​រាយ​ក្រោម «ករណី​អាច​ស្ទួន» ជាមួយ​កំណត់ត្រា​ផ្សេងទៀត {n}។</translation>
    </message>
    <message>
        <source>This record cannot be changed</source>
        <translation>មិន​អាច​ផ្លាស់ប្ដូរ​កំណត់ត្រា​នេះ​បានទេ</translation>
    </message>
</context>
<context>
    <name>CasualtySummaryTab</name>
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
        <translation>របួស (អ្នក​រស់រាន​មានជីវិត​ទាំងអស់)</translation>
    </message>
    <message>
        <source>  injured, no amputation</source>
        <translation>  របួស មិន​កាត់​អវយវៈ</translation>
    </message>
    <message>
        <source>  lost limbs (amputations)</source>
        <translation>  បាត់បង់​អវយវៈ (កាត់​អវយវៈ)</translation>
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
        <translation>មិន​ស្គាល់​ភេទ ឬ​អាយុ</translation>
    </message>
    <message>
        <source>Previous year&apos;s total</source>
        <translation>សរុប​ឆ្នាំមុន</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>រក្សាទុក​តារាង​ក្រា​ហ្វ​ជា PNG…</translation>
    </message>
    <message>
        <source>Casualties in {year}</source>
        <translation>ជនរងគ្រោះ​ក្នុង​ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>By device: {devices}
By status: {statuses}
Since records began: {total:,}</source>
        <translation>តាម​ប្រភេទ​គ្រាប់៖ {devices}
តាម​ស្ថានភាព៖ {statuses}
ចាប់តាំងពី​ចាប់ផ្ដើម​កត់ត្រា៖ {total:,}</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>រក្សាទុក​តារាង​ក្រា​ហ្វ​ជា PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>រូបភាព PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation>មិន​អាច​រក្សាទុក​តារាង​ក្រា​ហ្វ​បានទេ</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>the code {code} is already used (codes are never reused, even for retired items)</source>
        <translation>លេខ​កូដ {code} ត្រូវ​បាន​ប្រើ​រួចហើយ (លេខ​កូដ​មិនដែល​ប្រើ​ឡើងវិញ​ទេ សូម្បីតែ​សម្រាប់​ធាតុ​ដែល​ឈប់​ប្រើ)</translation>
    </message>
    <message>
        <source>the code must be lowercase letters, digits, &apos;_&apos; and &apos;.&apos;, starting with a letter (for example svc.home_visits)</source>
        <translation>លេខ​កូដ​ត្រូវតែ​ជា​អក្សរ​តូច លេខ &apos;_&apos; និង &apos;.&apos; ដោយ​ចាប់ផ្ដើម​ដោយ​អក្សរ (ឧទាហរណ៍ svc.home_visits)</translation>
    </message>
    <message>
        <source>The item cannot be added: {problems}.</source>
        <translation>មិន​អាច​បន្ថែម​ធាតុ​នេះ​បានទេ៖ {problems}។</translation>
    </message>
    <message>
        <source>An item needs a label.</source>
        <translation>ធាតុ​មួយ​ត្រូវការ​ស្លាក។</translation>
    </message>
    <message>
        <source>{name} is a fixed reporting source; only the rehabilitation centres&apos; names can be changed.</source>
        <translation>{name} ជា​ប្រភព​រាយការណ៍​ថេរ៖ មានតែ​ឈ្មោះ​មជ្ឈមណ្ឌល​ស្ដារ​នីតិសម្បទា​ប៉ុណ្ណោះ​ដែល​អាច​ផ្លាស់ប្ដូរ​បាន។</translation>
    </message>
    <message>
        <source>A reporting source needs a name.</source>
        <translation>ប្រភព​រាយការណ៍​មួយ​ត្រូវការ​ឈ្មោះ។</translation>
    </message>
    <message>
        <source>{name}: &apos;{email}&apos; is not an e-mail address (name@example.org).</source>
        <translation>{name}៖ &apos;{email}&apos; មិនមែន​ជា​អាសយដ្ឋាន​អ៊ីមែល​ទេ (name@example.org)។</translation>
    </message>
    <message>
        <source>Unknown province &apos;{code}&apos;.</source>
        <translation>ខេត្ត​ដែល​មិន​ស្គាល់ &apos;{code}&apos;។</translation>
    </message>
    <message>
        <source>it needs a label</source>
        <translation>វា​ត្រូវការ​ស្លាក</translation>
    </message>
    <message>
        <source>unknown group &apos;{group}&apos;</source>
        <translation>ក្រុម​ដែល​មិន​ស្គាល់ &apos;{group}&apos;</translation>
    </message>
    <message>
        <source>unknown unit &apos;{unit}&apos;</source>
        <translation>ឯកតា​ដែល​មិន​ស្គាល់ &apos;{unit}&apos;</translation>
    </message>
    <message>
        <source>unknown part(s) {parts}</source>
        <translation>ផ្នែក​ដែល​មិន​ស្គាល់ {parts}</translation>
    </message>
    <message>
        <source>unknown kind &apos;{kind}&apos;</source>
        <translation>ប្រភេទ​ដែល​មិន​ស្គាល់ &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>a stated total needs the items it should add up</source>
        <translation>សរុប​ដែល​បាន​ប្រកាស ត្រូវការ​ធាតុ​ដែល​វា​គួរតែ​បូក​បញ្ចូល</translation>
    </message>
    <message>
        <source>unknown component(s) {codes}</source>
        <translation>ធាតុផ្សំ​ដែល​មិន​ស្គាល់ {codes}</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Items and reporting sources</source>
        <translation>ធាតុ និង​ប្រភព​រាយការណ៍</translation>
    </message>
    <message>
        <source>The items staff enter each year. Renaming or retiring an item never changes or hides the values stored for it: a retired item is no longer offered for new years, and still shows in every year that has a value for it.</source>
        <translation>ធាតុ​ដែល​បុគ្គលិក​បញ្ចូល​រៀងរាល់​ឆ្នាំ។ ការ​ប្ដូរ​ឈ្មោះ ឬ​ការ​ឈប់​ប្រើ​ធាតុ​មួយ មិនដែល​ផ្លាស់ប្ដូរ ឬ​លាក់​តម្លៃ​ដែល​បាន​រក្សាទុក​សម្រាប់​វា​ទេ៖ ធាតុ​ដែល​ឈប់​ប្រើ លែង​ត្រូវ​បាន​ផ្ដល់​ជូន​សម្រាប់​ឆ្នាំ​ថ្មីទៀត​ហើយ ហើយ​នៅតែ​បង្ហាញ​ក្នុង​គ្រប់​ឆ្នាំ​ដែល​មានតម្លៃ​សម្រាប់​វា។</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>លេខ​កូដ</translation>
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
        <source>English label (in the documents)</source>
        <translation>ស្លាក​ជា​ភាសា​អង់គ្លេស (ក្នុង​ឯកសារ)</translation>
    </message>
    <message>
        <source>Add an item…</source>
        <translation>បន្ថែម​ធាតុ…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>ប្ដូរ​ឈ្មោះ…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>ឈប់​ប្រើ</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>ធាតុ</translation>
    </message>
    <message>
        <source>Where figures come from. The rehabilitation centres&apos; names can be set here once they are known; each source&apos;s e-mail is where its collection workbook goes (CMDesk sends no mail, it shows the address).</source>
        <translation>ប្រភព​នៃ​តួលេខ។ ឈ្មោះ​មជ្ឈមណ្ឌល​ស្ដារ​នីតិសម្បទា​អាច​កំណត់​នៅ​ទីនេះ នៅពេល​ដឹង។ អ៊ីមែល​របស់​ប្រភព​នី​មួយ​ៗ គឺជា​កន្លែង​ដែល​សៀវភៅបញ្ជី​ប្រមូល​ទិន្នន័យ​របស់​វា​ត្រូវ​ផ្ញើ​ទៅ (CMDesk មិន​ផ្ញើសំបុត្រ​ទេ វា​គ្រាន់តែ​បង្ហាញ​អាសយដ្ឋាន)។</translation>
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
        <source>E-mail</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>អ៊ីមែល…</translation>
    </message>
    <message>
        <source>Reporting sources</source>
        <translation>ប្រភព​រាយការណ៍</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>ឈប់​ប្រើ</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>កំពុង​ប្រើ</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>យក​មក​ប្រើ​វិញ</translation>
    </message>
    <message>
        <source>Rename an item</source>
        <translation>ប្ដូរ​ឈ្មោះ​ធាតុ</translation>
    </message>
    <message>
        <source>New label for {code}:</source>
        <translation>ស្លាក​ថ្មី​សម្រាប់ {code}៖</translation>
    </message>
    <message>
        <source>Rename a reporting source</source>
        <translation>ប្ដូរ​ឈ្មោះ​ប្រភព​រាយការណ៍</translation>
    </message>
    <message>
        <source>Name of {code}:</source>
        <translation>ឈ្មោះ​របស់ {code}៖</translation>
    </message>
    <message>
        <source>A reporting source&apos;s e-mail</source>
        <translation>អ៊ីមែល​របស់​ប្រភព​រាយការណ៍</translation>
    </message>
    <message>
        <source>E-mail of {name} (empty for none):</source>
        <translation>អ៊ីមែល​របស់ {name} (ទុក​ទទេ បើ​គ្មាន)៖</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>មិនបាន​រក្សាទុក</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>none the year before</source>
        <translation>គ្មាន​ក្នុង​ឆ្នាំមុន</translation>
    </message>
    <message>
        <source>of {date} in {province}</source>
        <translation>នៃ {date} ក្នុង {province}</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>មិន​ស្គាល់​កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>unknown province</source>
        <translation>មិន​ស្គាល់​ខេត្ត</translation>
    </message>
    <message>
        <source>an unknown province</source>
        <translation>ខេត្ត​ដែល​មិន​ស្គាល់</translation>
    </message>
    <message>
        <source>funding ({what})</source>
        <translation>មូលនិធិ ({what})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>គ្មានអ្វី​ទេ</translation>
    </message>
    <message>
        <source>{times:,.0f} times as much as</source>
        <translation>{times:,.0f} ដង​នៃ</translation>
    </message>
    <message>
        <source>1/{times:,.0f} of</source>
        <translation>1/{times:,.0f} នៃ</translation>
    </message>
    <message>
        <source>This finding was not acknowledged.</source>
        <translation>លទ្ធផល​នេះ​មិន​ត្រូវ​បាន​ទទួលស្គាល់​ទេ។</translation>
    </message>
    <message>
        <source>{year} has no finding &apos;{key}&apos; today: its figures may have changed. Run the checks again and use a key they print.</source>
        <translation>ឆ្នាំ {year} គ្មាន​លទ្ធផល &apos;{key}&apos; នៅ​ថ្ងៃនេះ​ទេ៖ តួលេខ​របស់​វា​ប្រហែលជា​បាន​ផ្លាស់ប្ដូរ។ សូម​ដំណើរការ​ការ​ត្រួតពិនិត្យ​ម្ដងទៀត ហើយ​ប្រើ​កូនសោ​ដែល​វា​បោះពុម្ព។</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Which column is which?</source>
        <translation>ជួរឈរ​ណា​ជា​អ្វី?</translation>
    </message>
    <message>
        <source>The file&apos;s columns are not named as CMDesk&apos;s. Choose what each holds; CMDesk remembers the choice for files with these columns.</source>
        <translation>ជួរឈរ​របស់​ឯកសារ​មិន​មានឈ្មោះ​ដូច​របស់ CMDesk ទេ។ សូម​ជ្រើស​អ្វី​ដែល​ជួរឈរ​នី​មួយ​ៗ​ផ្ទុក៖ CMDesk ចងចាំ​ជម្រើស​នេះ​សម្រាប់ឯក​សារ​ដែល​មាន​ជួរឈរ​ទាំងនេះ។</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ជួរឈរ​ក្នុង​ឯកសារ</translation>
    </message>
    <message>
        <source>CMDesk column</source>
        <translation>ជួរឈរ​របស់ CMDesk</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(ទុកចោល)</translation>
    </message>
    <message>
        <source>Each CMDesk column can be chosen once: {columns}.</source>
        <translation>ជួរឈរ​នី​មួយ​ៗ​របស់ CMDesk អាច​ជ្រើស​បានតែ​ម្ដង៖ {columns}។</translation>
    </message>
    <message>
        <source>Choose the column that gives the outcome (killed or injured): every record needs it.</source>
        <translation>សូម​ជ្រើស​ជួរឈរ​ដែល​ផ្ដល់​លទ្ធផល (ស្លាប់ ឬ​របួស)៖ កំណត់ត្រា​នី​មួយ​ៗ​ត្រូវការ​វា។</translation>
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
        <translation>ជួរ​មូលនិធិ</translation>
    </message>
    <message>
        <source>Casualty records</source>
        <translation>កំណត់ត្រា​ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Narratives</source>
        <translation>សេចក្ដី​រៀបរាប់</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>ព័ត៌មាន​លម្អិត​នៃ​ការ​ដាក់​ជូន</translation>
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
        <translation>ម្ចាស់​មូលនិធិ</translation>
    </message>
    <message>
        <source>Funder kind</source>
        <translation>ប្រភេទ​ម្ចាស់​មូលនិធិ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ចំនួន​ទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>រូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Rate to US$</source>
        <translation>អត្រា​ទៅ​ដុល្លារ​អាមេរិក</translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation>កំណត់​គោលដៅ</translation>
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
        <translation>សេចក្ដី​រៀបរាប់</translation>
    </message>
    <message>
        <source>Committee&apos;s request</source>
        <translation>សំណើ​របស់​គណៈកម្មាធិការ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>មន្ត្រី​ទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>ឈ្មោះ​អ្នក​ទំនាក់ទំនង</translation>
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
        <translation>កាលបរិច្ឆេទ​ដាក់​ជូន</translation>
    </message>
    <message>
        <source>Unanswered requests</source>
        <translation>សំណើ​ដែល​គ្មាន​ចម្លើយ</translation>
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
        <translation>កំណត់ត្រា​ថ្ងៃ {date} {province} (គ្មាន​លេខ CMVIS)</translation>
    </message>
    <message>
        <source>Indicator {code}</source>
        <translation>សូចនាករ {code}</translation>
    </message>
    <message>
        <source>left out of the VA update</source>
        <translation>ទុក​ចោល​ពី​របាយការណ៍​បច្ចុប្បន្នភាព​ជំនួយ​ជនរងគ្រោះ</translation>
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
        <source>said in the State&apos;s voice</source>
        <translation>បាន​និយាយ​ក្នុង​នាម​រដ្ឋ</translation>
    </message>
    <message>
        <source>{year} has no snapshot yet: a snapshot is kept when the year is submitted.</source>
        <translation>ឆ្នាំ {year} មិនទាន់​មានច្បាប់​ថត​ទុក​ទេ៖ ច្បាប់​ថត​ទុក​មួយ​ត្រូវ​បាន​រក្សាទុក​នៅពេល​ឆ្នាំនេះ​ត្រូវ​បាន​ដាក់​ជូន។</translation>
    </message>
    <message>
        <source>{year}: the snapshot of {older_at} (submitted by {older_by}) against {newer}.</source>
        <translation>{year}៖ ច្បាប់​ថត​ទុក​នៃ {older_at} (ដាក់​ជូន​ដោយ {older_by}) ធៀប​នឹង {newer}។</translation>
    </message>
    <message>
        <source>the snapshot of {at} (submitted by {who})</source>
        <translation>ច្បាប់​ថត​ទុក​នៃ {at} (ដាក់​ជូន​ដោយ {who})</translation>
    </message>
    <message>
        <source>today&apos;s data</source>
        <translation>ទិន្នន័យ​ថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>គ្មានអ្វី​ផ្លាស់ប្ដូរ​ទេ។</translation>
    </message>
    <message>
        <source>added</source>
        <translation>បាន​បន្ថែម</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>បាន​ដកចេញ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>បាន​ផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>(personal data: use --personal to show)</source>
        <translation>(ទិន្នន័យ​ផ្ទាល់ខ្លួន៖ ប្រើ --personal ដើម្បី​បង្ហាញ)</translation>
    </message>
    <message>
        <source>by {who}, last on {at}</source>
        <translation>ដោយ {who} ចុងក្រោយ​នៅ {at}</translation>
    </message>
    <message>
        <source>(no change recorded in the audit log)</source>
        <translation>(គ្មាន​ការផ្លាស់ប្ដូរ​ត្រូវ​បាន​កត់ត្រា​ក្នុង​កំណត់ហេតុ​សវនកម្ម​ទេ)</translation>
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
        <translation>(ទិន្នន័យ​ផ្ទាល់ខ្លួន)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>បាន​បន្ថែម</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>បាន​ដកចេញ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>បាន​ផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(មិនបាន​កត់ត្រា)</translation>
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
        <translation>រំពឹង​ទុក</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>បាន​ទទួល</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>បាន​ត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>មិន​រំពឹង​ទុក</translation>
    </message>
    <message>
        <source>No returns are expected for {year}.</source>
        <translation>មិន​រំពឹង​ថា​នឹង​មាន​របាយការណ៍​សម្រាប់​ឆ្នាំ {year} ទេ។</translation>
    </message>
    <message>
        <source>Returns for {year}: {expected} expected, {received} received, {checked} checked.</source>
        <translation>របាយការណ៍​សម្រាប់​ឆ្នាំ {year}៖ រំពឹង​ទុក {expected} បាន​ទទួល {received} បាន​ត្រួតពិនិត្យ {checked}។</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>គ្មានអ្វី​ខ្វះ​ទេ។</translation>
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
        <translation>មិនទាន់​ដល់កំណត់៖ {n}។</translation>
    </message>
    <message>
        <source>Unknown reporting source &apos;{source}&apos;.</source>
        <translation>ប្រភព​រាយការណ៍​ដែល​មិន​ស្គាល់ &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>Unknown section &apos;{section}&apos; (known: {known}).</source>
        <translation>ផ្នែក​ដែល​មិន​ស្គាល់ &apos;{section}&apos; (ដែល​ស្គាល់៖ {known})។</translation>
    </message>
    <message>
        <source>{source}, {section}: the date received ({on}) is after today ({today}).</source>
        <translation>{source}, {section}៖ កាលបរិច្ឆេទ​ទទួល ({on}) នៅ​ក្រោយ​ថ្ងៃនេះ ({today})។</translation>
    </message>
    <message>
        <source>{source}, {section}: a return for {year} cannot have been received on {on}, before the year began.</source>
        <translation>{source}, {section}៖ របាយការណ៍​សម្រាប់​ឆ្នាំ {year} មិន​អាច​ត្រូវ​បាន​ទទួល​នៅ​ថ្ងៃ {on} ដែល​នៅមុន​ឆ្នាំ​នោះ​ចាប់ផ្ដើម​បានទេ។</translation>
    </message>
    <message>
        <source>{source}, {section}: nothing has been received for {year}; mark the return received before checking it.</source>
        <translation>{source}, {section}៖ មិនទាន់​បាន​ទទួល​អ្វី​សម្រាប់​ឆ្នាំ {year} ទេ៖ សូម​សម្គាល់​របាយការណ៍​ថា​បាន​ទទួល មុន​ពេល​ត្រួតពិនិត្យ​វា។</translation>
    </message>
    <message>
        <source>- and {n} more</source>
        <translation>- និង {n} ទៀត</translation>
    </message>
    <message>
        <source>{source}, {section}: the figures still have errors, so the return cannot be marked checked. Correct them, or acknowledge them with a reason, first:
{errors}</source>
        <translation>{source}, {section}៖ តួលេខ​នៅតែ​មាន​កំហុស ដូច្នេះ​មិន​អាច​សម្គាល់​របាយការណ៍​ថា​បាន​ត្រួតពិនិត្យ​បានទេ។ សូម​កែ​វា ឬ​ទទួលស្គាល់​វា​ដោយមាន​មូលហេតុ​ជាមុន​សិន៖
{errors}</translation>
    </message>
    <message>
        <source>{source}, {section}: a return for {year} is due in {year} or {next}, not on {due}.</source>
        <translation>{source}, {section}៖ របាយការណ៍​សម្រាប់​ឆ្នាំ {year} ផុតកំណត់​ក្នុង​ឆ្នាំ {year} ឬ {next} មិនមែន​នៅ​ថ្ងៃ {due} ទេ។</translation>
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
        <translation>បាន​ទទួល</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>បាន​ត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>{date} (changed)</source>
        <translation>{date} (បាន​ផ្លាស់ប្ដូរ)</translation>
    </message>
    <message>
        <source>{date} (from the data entered)</source>
        <translation>{date} (ពី​ទិន្នន័យ​ដែល​បាន​បញ្ចូល)</translation>
    </message>
    <message>
        <source>{date}, {who}</source>
        <translation>{date}, {who}</translation>
    </message>
    <message>
        <source>{status} (not expected)</source>
        <translation>{status} (មិន​រំពឹង​ទុក)</translation>
    </message>
    <message>
        <source>The due date was changed for this year.</source>
        <translation>ថ្ងៃ​ផុតកំណត់​ត្រូវ​បាន​ផ្លាស់ប្ដូរ​សម្រាប់​ឆ្នាំនេះ។</translation>
    </message>
    <message>
        <source>Not recorded: figures for this return were first entered on this day. Mark it received to record the day it arrived.</source>
        <translation>មិនបាន​កត់ត្រា៖ តួលេខ​សម្រាប់​របាយការណ៍​នេះ​ត្រូវ​បាន​បញ្ចូល​ជាលើកដំបូង​នៅ​ថ្ងៃនេះ។ សូម​សម្គាល់​វា​ថា​បាន​ទទួល ដើម្បី​កត់ត្រា​ថ្ងៃ​ដែល​វា​មកដល់។</translation>
    </message>
    <message>
        <source>Received {days} day(s) after the due date.</source>
        <translation>បាន​ទទួល {days} ថ្ងៃក្រោយ​ថ្ងៃ​ផុតកំណត់។</translation>
    </message>
    <message>
        <source>Expected by {date} and not received.</source>
        <translation>រំពឹង​ទុក​ត្រឹម​ថ្ងៃ {date} ហើយ​មិនទាន់​បាន​ទទួល។</translation>
    </message>
    <message>
        <source>Not expected for this year.</source>
        <translation>មិន​រំពឹង​ទុក​សម្រាប់​ឆ្នាំនេះ​ទេ។</translation>
    </message>
</context>
<context>
    <name>CompletenessWidget</name>
    <message>
        <source>Only what is missing or overdue</source>
        <translation>តែ​អ្វី​ដែល​ខ្វះ ឬ​ហួសកំណត់</translation>
    </message>
    <message>
        <source>Mark received…</source>
        <translation>សម្គាល់ថា​បាន​ទទួល…</translation>
    </message>
    <message>
        <source>Mark checked</source>
        <translation>សម្គាល់ថា​បាន​ត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Expected and due…</source>
        <translation>រំពឹង​ទុក និង​ផុតកំណត់…</translation>
    </message>
    <message>
        <source>Expect another return…</source>
        <translation>រំពឹង​របាយការណ៍​មួយទៀត…</translation>
    </message>
    <message>
        <source>Remove the check</source>
        <translation>ដក​ការ​ត្រួតពិនិត្យ​ចេញ</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​បើក​សម្រាប់​តែ​អាន។</translation>
    </message>
    <message>
        <source>Cannot record this return</source>
        <translation>មិន​អាច​កត់ត្រា​របាយការណ៍​នេះ​បានទេ</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Write 2024-03-15, 15/03/2024, or 2024-03 when the day is not known.</source>
        <translation>សូម​សរសេរ 2024-03-15, 15/03/2024 ឬ 2024-03 នៅពេល​មិនដឹង​ថ្ងៃ។</translation>
    </message>
    <message>
        <source>Write 2025-04-30 or 30/04/2025.</source>
        <translation>សូម​សរសេរ 2025-04-30 ឬ 30/04/2025។</translation>
    </message>
    <message>
        <source>not a date CMDesk reads. {example}</source>
        <translation>មិនមែន​ជា​កាលបរិច្ឆេទ​ដែល CMDesk អាន​បានទេ។ {example}</translation>
    </message>
    <message>
        <source>there is no month {month}. {example}</source>
        <translation>គ្មាន​ខែ {month} ទេ។ {example}</translation>
    </message>
    <message>
        <source>there is no day {day} in month {month} of {year}.</source>
        <translation>គ្មាន​ថ្ងៃទី {day} ក្នុង​ខែ {month} នៃ​ឆ្នាំ {year} ទេ។</translation>
    </message>
    <message>
        <source>Write 2024-03 when the day is not known.</source>
        <translation>សូម​សរសេរ 2024-03 នៅពេល​មិនដឹង​ថ្ងៃ។</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos;: {error}</source>
        <translation>{what} &apos;{text}&apos;៖ {error}</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>The national view is compiled from the sources and cannot be edited. Choose a reporting source (or &apos;National total&apos;) to enter figures.</source>
        <translation>ទិដ្ឋភាព​ជាតិ​ត្រូវ​បាន​ចងក្រង​ពី​ប្រភព​នានា ហើយ​មិន​អាច​កែសម្រួល​បានទេ។ សូម​ជ្រើស​ប្រភព​រាយការណ៍​មួយ (ឬ «សរុប​ជាតិ») ដើម្បី​បញ្ចូល​តួលេខ។</translation>
    </message>
    <message>
        <source>{item}: a comment belongs to a value; enter the value first.</source>
        <translation>{item}៖ មតិយោបល់​ជា​កម្មសិទ្ធិ​របស់​តម្លៃ​មួយ៖ សូម​បញ្ចូល​តម្លៃ​ជាមុន​សិន។</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>Reporting source:</source>
        <translation>ប្រភព​រាយការណ៍៖</translation>
    </message>
    <message>
        <source>National view (all sources, read-only)</source>
        <translation>ទិដ្ឋភាព​ជាតិ (គ្រប់​ប្រភព អាន​តែប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>{year}: national figures: the national total where entered, else the authoritative source, else the sum of the sources that do not overlap. Hover a cell for how it was made.</source>
        <translation>{year}៖ តួលេខ​ជាតិ៖ សរុប​ជាតិ​នៅកន្លែង​ដែល​បាន​បញ្ចូល បើមិនដូច្នោះទេ ប្រភព​ដែល​មាន​សិទ្ធិ​អំណាច បើមិនដូច្នោះទេ ផលបូក​នៃ​ប្រភព​ដែល​មិន​ត្រួត​គ្នា។ ដាក់​ព្រួញ​លើ​ក្រឡា​មួយ ដើម្បី​មើល​របៀប​ដែល​វា​ត្រូវ​បាន​បង្កើត។</translation>
    </message>
    <message>
        <source>{year}: type or paste figures; each change is saved at once.</source>
        <translation>{year}៖ វាយ ឬ​បិទភ្ជាប់​តួលេខ៖ ការផ្លាស់ប្ដូរ​នី​មួយ​ៗ​ត្រូវ​បាន​រក្សា​ទុ​ក​ភ្លាម​ៗ។</translation>
    </message>
    <message>
        <source>Figures typed now are marked as entered late (in italics): {year} was reported in {next}.</source>
        <translation>តួលេខ​ដែល​វាយ​បញ្ចូល​ឥឡូវនេះ ត្រូវ​បាន​សម្គាល់ថា​បញ្ចូល​យឺត (ជា​អក្សរ​ទ្រេត)៖ ឆ្នាំ {year} ត្រូវ​បាន​រាយការណ៍​ក្នុង​ឆ្នាំ {next}។</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}៖ {message}</translation>
    </message>
    <message>
        <source>No problems found in these figures.</source>
        <translation>រក​មិនឃើញ​បញ្ហា​ក្នុង​តួលេខ​ទាំងនេះ​ទេ។</translation>
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
        <translation>មិន​អាច​មិនធ្វើវិញ ឬ​ធ្វើវិញ​នូវ​ការផ្លាស់ប្ដូរ​នេះ​បានទេ</translation>
    </message>
    <message>
        <source>Edit {n} value(s)</source>
        <translation>កែសម្រួល​តម្លៃ {n}</translation>
    </message>
    <message>
        <source>{what} ({source})</source>
        <translation>{what} ({source})</translation>
    </message>
    <message>
        <source>The pasted block does not fit: row {row}, column {column} of the block (&apos;{text}&apos;) falls on a cell that takes no value. Nothing was pasted.</source>
        <translation>ប្លុក​ដែល​បាន​បិទភ្ជាប់​មិន​ត្រូវគ្នា​ទេ៖ ជួរដេក {row} ជួរឈរ {column} នៃ​ប្លុក (&apos;{text}&apos;) ធ្លាក់​លើ​ក្រឡា​ដែល​មិន​ទទួល​តម្លៃ។ គ្មានអ្វី​ត្រូវ​បាន​បិទភ្ជាប់​ទេ។</translation>
    </message>
    <message>
        <source>Row {row}, column {column} of the pasted block: {error} Nothing was pasted.</source>
        <translation>ជួរដេក {row} ជួរឈរ {column} នៃ​ប្លុក​ដែល​បាន​បិទភ្ជាប់៖ {error} គ្មានអ្វី​ត្រូវ​បាន​បិទភ្ជាប់​ទេ។</translation>
    </message>
    <message>
        <source>Paste {n} value(s)</source>
        <translation>បិទភ្ជាប់​តម្លៃ {n}</translation>
    </message>
    <message>
        <source>Clear {n} value(s)</source>
        <translation>សម្អាត​តម្លៃ {n}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>មិនបាន​រក្សាទុក</translation>
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
        <source>Stated as</source>
        <translation>បាន​ប្រកាស​ថា</translation>
    </message>
    <message>
        <source>State as {qualifier}</source>
        <translation>ប្រកាស​ថា {qualifier}</translation>
    </message>
    <message>
        <source>Enter the value first: a comment belongs to a value.</source>
        <translation>សូម​បញ្ចូល​តម្លៃ​ជាមុន​សិន៖ មតិយោបល់​ជា​កម្មសិទ្ធិ​របស់​តម្លៃ​មួយ។</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>មតិយោបល់</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>កែសម្រួល​មតិយោបល់</translation>
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
        <translation>មិន​មានការ​ផ្លាស់ប្ដូរ​ត្រូវ​បាន​កត់ត្រា​ទេ។</translation>
    </message>
    <message>
        <source>History of {item}</source>
        <translation>ប្រវត្តិ​នៃ {item}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>To restore a backup: File &gt; Restore from backup.</source>
        <translation>ដើម្បី​ស្ដារ​ច្បាប់​បម្រុងទុក៖ ឯកសារ &gt; ស្ដារ​ពី​ច្បាប់​បម្រុងទុក។</translation>
    </message>
    <message>
        <source>To make a new database: File &gt; New database.</source>
        <translation>ដើម្បី​បង្កើត​មូលដ្ឋាន​ទិន្នន័យ​ថ្មី៖ ឯកសារ &gt; មូលដ្ឋាន​ទិន្នន័យ​ថ្មី។</translation>
    </message>
    <message>
        <source>To open a database: File &gt; Open.</source>
        <translation>ដើម្បី​បើក​មូលដ្ឋាន​ទិន្នន័យ៖ ឯកសារ &gt; បើក។</translation>
    </message>
    <message>
        <source>To read the data again: File &gt; Refresh (F5).</source>
        <translation>ដើម្បី​អាន​ទិន្នន័យ​ម្ដងទៀត៖ ឯកសារ &gt; ផ្ទុក​ឡើងវិញ (F5)។</translation>
    </message>
    <message>
        <source>To reopen the year: Overview &gt; Reopen.</source>
        <translation>ដើម្បី​បើក​ឆ្នាំ​ឡើងវិញ៖ ទិដ្ឋភាព​ទូទៅ &gt; បើក​ឡើងវិញ។</translation>
    </message>
    <message>
        <source>To make a provincial database: Tools &gt; Provincial offices.</source>
        <translation>ដើម្បី​បង្កើត​មូលដ្ឋាន​ទិន្នន័យ​ខេត្ត៖ ឧបករណ៍ &gt; ការិយាល័យ​ខេត្ត។</translation>
    </message>
    <message>
        <source>To write a workbook: Data exchange &gt; Collection workbooks.</source>
        <translation>ដើម្បី​សរសេរ​សៀវភៅបញ្ជី៖ ការផ្លាស់ប្ដូរ​ទិន្នន័យ &gt; សៀវភៅបញ្ជី​ប្រមូល​ទិន្នន័យ។</translation>
    </message>
    <message>
        <source>To export the provincial summary: the Reports page.</source>
        <translation>ដើម្បី​នាំចេញ​សេចក្ដីសង្ខេប​ខេត្ត៖ ទំព័រ​របាយការណ៍។</translation>
    </message>
    <message>
        <source>CMDesk</source>
        <translation>CMDesk</translation>
    </message>
    <message>
        <source>Something went wrong inside CMDesk. Nothing you saved before this was lost. Please send the details below to the database unit.</source>
        <translation>មាន​បញ្ហា​អ្វីមួយ​កើតឡើង​នៅ​ខាងក្នុង CMDesk។ គ្មានអ្វី​ដែល​អ្នក​បាន​រក្សាទុក​មុន​នេះ​ត្រូវ​បាត់បង់​ទេ។ សូម​ផ្ញើ​ព័ត៌មាន​លម្អិត​ខាងក្រោម​ទៅ​ផ្នែក​មូលដ្ឋាន​ទិន្នន័យ។</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>{path}: no header row with &apos;Actions&apos; and &apos;Indicators&apos; in its first two columns in the first {n} rows: this is not the Committee&apos;s SRAAP tracker.</source>
        <translation>{path}៖ គ្មាន​ជួរដេក​ក្បាល​ដែល​មាន &apos;Actions&apos; និង &apos;Indicators&apos; ក្នុង​ជួរឈរ​ពីរ​ដំបូង​របស់​វា ក្នុង {n} ជួរដេក​ដំបូង​ទេ៖ នេះ​មិនមែន​ជា​សៀវភៅ​តាមដាន SRAAP របស់​គណៈកម្មាធិការ​ទេ។</translation>
    </message>
    <message>
        <source>{path}, row {row}: no column headed &apos;Additional information or clarification requested by the Committee&apos;.</source>
        <translation>{path} ជួរដេក {row}៖ គ្មាន​ជួរឈរ​ដែល​មាន​ក្បាល &apos;Additional information or clarification requested by the Committee&apos; ទេ។</translation>
    </message>
    <message>
        <source>not a SRAAP action CMDesk knows (known: {known}).</source>
        <translation>មិនមែន​ជាសកម្ម​ភាព SRAAP ដែល CMDesk ស្គាល់​ទេ (ដែល​ស្គាល់៖ {known})។</translation>
    </message>
    <message>
        <source>an indicator row with no action above it: type the action number in column A.</source>
        <translation>ជួរដេក​សូចនាករ​ដែល​គ្មាន​សកម្មភាព​នៅ​ពីលើ​វា៖ សូម​វាយ​លេខ​សកម្មភាព​ក្នុង​ជួរឈរ A។</translation>
    </message>
    <message>
        <source>this text is none of action {action}&apos;s indicators: keep the indicator texts as the Committee wrote them.</source>
        <translation>អត្ថបទ​នេះ​មិនមែន​ជា​សូចនាករ​ណាមួយ​របស់​សកម្មភាព {action} ទេ៖ សូម​រក្សា​អត្ថបទ​សូចនាករ​ដូចដែល​គណៈកម្មាធិការ​បាន​សរសេរ។</translation>
    </message>
    <message>
        <source>indicator {code} appears twice (also on row {other}).</source>
        <translation>សូចនាករ {code} លេចឡើង​ពីរ​ដង (ក៏​មាននៅ​ជួរដេក {other} ផង​ដែរ)។</translation>
    </message>
    <message>
        <source>the cell holds the error {error}, not a request.</source>
        <translation>ក្រឡា​នេះ​មាន​កំហុស {error} មិនមែន​ជា​សំណើ​ទេ។</translation>
    </message>
    <message>
        <source>the cell holds a formula; type the Committee&apos;s request as text.</source>
        <translation>ក្រឡា​នេះ​មាន​រូបមន្ត៖ សូម​វាយ​សំណើ​របស់​គណៈកម្មាធិការ​ជា​អត្ថបទ។</translation>
    </message>
    <message>
        <source>{path}: {n} problem(s); nothing was imported.</source>
        <translation>{path}៖ បញ្ហា {n}៖ គ្មានអ្វី​ត្រូវ​បាន​នាំចូល​ទេ។</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete ({detail}): it may have been cut short when it was copied. Ask the office that sent it to send it again.</source>
        <translation>{file} ខូច ឬមិន​ពេញលេញ ({detail})៖ វា​ប្រហែលជា​ត្រូវ​បាន​កាត់​ខ្លី​នៅពេល​វា​ត្រូវ​បាន​ចម្លង។ សូម​ស្នើ​ការិយាល័យ​ដែល​បាន​ផ្ញើ​វា​ឱ្យ​ផ្ញើ​ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{file} is larger than any CMDesk package ({limit} MB): it is not one.</source>
        <translation>{file} ធំជាង​កញ្ចប់ CMDesk ណាមួយ ({limit} MB)៖ វា​មិនមែន​ជា​កញ្ចប់​ទេ។</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}.</source>
        <translation>មិន​អាច​អាន {file} បានទេ៖ {error}។</translation>
    </message>
    <message>
        <source>{file} is not a CMDesk exchange package (.cmdx).</source>
        <translation>{file} មិនមែន​ជា​កញ្ចប់​ផ្លាស់ប្ដូរ​របស់ CMDesk (.cmdx) ទេ។</translation>
    </message>
    <message>
        <source>{names} missing</source>
        <translation>ខ្វះ {names}</translation>
    </message>
    <message>
        <source>{name} is too large</source>
        <translation>{name} ធំ​ពេក</translation>
    </message>
    <message>
        <source>its manifest cannot be read</source>
        <translation>មិន​អាច​អាន​បញ្ជី​ខ្លឹមសារ​របស់​វា​បានទេ</translation>
    </message>
    <message>
        <source>its manifest has no format version</source>
        <translation>បញ្ជី​ខ្លឹមសារ​របស់​វា​គ្មាន​កំណែទម្រង់​ទេ</translation>
    </message>
    <message>
        <source>{file} was written by a newer CMDesk (package format {version}; this one reads up to {known}). Update CMDesk, then receive it again.</source>
        <translation>{file} ត្រូវ​បាន​សរសេរ​ដោយ CMDesk ថ្មី​ជាង (ទម្រង់​កញ្ចប់ {version}៖ កំណែ​នេះ​អាន​បាន​ត្រឹម {known})។ សូម​ធ្វើ​បច្ចុប្បន្នភាព CMDesk រួច​ទទួល​វា​ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{file} does not carry a valid signature for this pair of offices: it was changed after it was written, or signed with another key (another headquarters&apos; pairing). Nothing was changed.</source>
        <translation>{file} មិន​មាន​ហត្ថលេខា​ត្រឹមត្រូវ​សម្រាប់​គូ​ការិយាល័យ​នេះ​ទេ៖ វា​ត្រូវ​បាន​ផ្លាស់ប្ដូរ​បន្ទាប់ពី​វា​ត្រូវ​បាន​សរសេរ ឬ​ត្រូវ​បាន​ចុះហត្ថលេខា​ដោយ​កូនសោ​ផ្សេង (ការផ្គូផ្គង​របស់​ទីស្នាក់ការ​កណ្ដាល​ផ្សេង)។ គ្មានអ្វី​ត្រូវ​បាន​ផ្លាស់ប្ដូរ​ទេ។</translation>
    </message>
    <message>
        <source>its data does not match its manifest</source>
        <translation>ទិន្នន័យ​របស់​វា​មិន​ត្រូវ​នឹង​បញ្ជី​ខ្លឹមសារ​របស់​វា​ទេ</translation>
    </message>
    <message>
        <source>its data cannot be read</source>
        <translation>មិន​អាច​អាន​ទិន្នន័យ​របស់​វា​បានទេ</translation>
    </message>
    <message>
        <source>Provincial databases are made at headquarters; this database belongs to {office}.</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​ខេត្ត​ត្រូវ​បាន​បង្កើត​នៅ​ទីស្នាក់ការ​កណ្ដាល៖ មូលដ្ឋាន​ទិន្នន័យ​នេះ​ជា​កម្មសិទ្ធិ​របស់ {office}។</translation>
    </message>
    <message>
        <source>Give a province (for example Battambang or 02), not headquarters.</source>
        <translation>សូម​ផ្ដល់​ខេត្ត​មួយ (ឧទាហរណ៍ Battambang ឬ 02) មិនមែន​ទីស្នាក់ការ​កណ្ដាល​ទេ។</translation>
    </message>
    <message>
        <source>{office} already has a provincial database paired with this one.</source>
        <translation>{office} មាន​មូលដ្ឋាន​ទិន្នន័យ​ខេត្ត​ដែល​ផ្គូផ្គង​ជាមួយ​មូលដ្ឋាន​ទិន្នន័យ​នេះ​រួចហើយ។</translation>
    </message>
    <message>
        <source>Pairing codes are made at headquarters, for a province.</source>
        <translation>លេខ​កូដ​ផ្គូផ្គង​ត្រូវ​បាន​បង្កើត​នៅ​ទីស្នាក់ការ​កណ្ដាល សម្រាប់​ខេត្ត​មួយ។</translation>
    </message>
    <message>
        <source>This is not a CMDesk pairing code, or it was mistyped: it starts with &apos;cmdx1:&apos; and is one line, as headquarters gave it.</source>
        <translation>នេះ​មិនមែន​ជា​លេខ​កូដ​ផ្គូផ្គង​របស់ CMDesk ទេ ឬ​វា​ត្រូវ​បាន​វាយ​ខុស៖ វា​ចាប់ផ្ដើម​ដោយ &apos;cmdx1:&apos; ហើយ​មាន​មួយ​បន្ទាត់ ដូចដែល​ទីស្នាក់ការ​កណ្ដាល​បាន​ផ្ដល់។</translation>
    </message>
    <message>
        <source>This pairing code is for office {code}; this database belongs to {office} ({mine}).</source>
        <translation>លេខ​កូដ​ផ្គូផ្គង​នេះ​សម្រាប់​ការិយាល័យ {code}៖ មូលដ្ឋាន​ទិន្នន័យ​នេះ​ជា​កម្មសិទ្ធិ​របស់ {office} ({mine})។</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>ទីស្នាក់ការ​កណ្ដាល</translation>
    </message>
    <message>
        <source>This database is not paired with any office. At headquarters, make a provincial database for the office, paired with headquarters.</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​នេះ​មិន​ត្រូវ​បាន​ផ្គូផ្គង​ជាមួយ​ការិយាល័យ​ណាមួយ​ទេ។ នៅ​ទីស្នាក់ការ​កណ្ដាល សូម​បង្កើត​មូលដ្ឋាន​ទិន្នន័យ​ខេត្ត​សម្រាប់​ការិយាល័យ​នោះ ដែល​ផ្គូផ្គង​ជាមួយ​ទីស្នាក់ការ​កណ្ដាល។</translation>
    </message>
    <message>
        <source>This database exchanges with {n} offices: say which one (--office).</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​នេះ​ផ្លាស់ប្ដូរ​ជាមួយ​ការិយាល័យ {n}៖ សូម​ប្រាប់​ថា​មួយ​ណា (--office)។</translation>
    </message>
    <message>
        <source>This database is not paired with {office}.</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​នេះ​មិន​ត្រូវ​បាន​ផ្គូផ្គង​ជាមួយ {office} ទេ។</translation>
    </message>
    <message>
        <source>{file} is meant for another database ({office}), not this one. Nothing was changed.</source>
        <translation>{file} សម្រាប់​មូលដ្ឋាន​ទិន្នន័យ​ផ្សេង ({office}) មិនមែន​សម្រាប់​មូលដ្ឋាន​ទិន្នន័យ​នេះ​ទេ។ គ្មានអ្វី​ត្រូវ​បាន​ផ្លាស់ប្ដូរ​ទេ។</translation>
    </message>
    <message>
        <source>{file} comes from {office}, which this database is not paired with. Nothing was changed.</source>
        <translation>{file} មក​ពី {office} ដែល​មូលដ្ឋាន​ទិន្នន័យ​នេះ​មិនបាន​ផ្គូផ្គង​ជាមួយ។ គ្មានអ្វី​ត្រូវ​បាន​ផ្លាស់ប្ដូរ​ទេ។</translation>
    </message>
    <message>
        <source>{file} comes from another database than the one paired with {office} (another headquarters, or a copy). Nothing was changed.</source>
        <translation>{file} មក​ពី​មូលដ្ឋាន​ទិន្នន័យ​ផ្សេង​ក្រៅពី​មូលដ្ឋាន​ទិន្នន័យ​ដែល​បាន​ផ្គូផ្គង​ជាមួយ {office} (ទីស្នាក់ការ​កណ្ដាល​ផ្សេង ឬ​ច្បាប់​ចម្លង)។ គ្មានអ្វី​ត្រូវ​បាន​ផ្លាស់ប្ដូរ​ទេ។</translation>
    </message>
    <message>
        <source>{file} has no sequence number.</source>
        <translation>{file} គ្មាន​លេខ​លំដាប់​ទេ។</translation>
    </message>
    <message>
        <source>Package {seq} from {office} was received already (on {date}): receiving it again changes nothing.</source>
        <translation>កញ្ចប់ {seq} ពី {office} ត្រូវ​បាន​ទទួល​រួចហើយ (នៅ​ថ្ងៃ {date})៖ ការ​ទទួល​វា​ម្ដងទៀត​មិន​ផ្លាស់ប្ដូរ​អ្វី​ទេ។</translation>
    </message>
    <message>
        <source>Package {seq} from {office} is older than package {last}, received already, which carried everything it did: nothing to do.</source>
        <translation>កញ្ចប់ {seq} ពី {office} ចាស់​ជាង​កញ្ចប់ {last} ដែល​បាន​ទទួល​រួចហើយ និង​មាន​អ្វី​ៗ​ទាំងអស់​ដែល​វា​មាន៖ គ្មានអ្វី​ត្រូវ​ធ្វើ​ទេ។</translation>
    </message>
    <message>
        <source>provincial offices exchange only with headquarters</source>
        <translation>ការិយាល័យ​ខេត្ត​ផ្លាស់ប្ដូរ​តែ​ជាមួយ​ទីស្នាក់ការ​កណ្ដាល​ប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>the catalog, the sources and the years&apos; status are changed at headquarters only</source>
        <translation>កាតាឡុក ប្រភព និង​ស្ថានភាព​របស់​ឆ្នាំ ត្រូវ​បាន​ផ្លាស់ប្ដូរ​នៅ​ទីស្នាក់ការ​កណ្ដាល​តែប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>a row of another office ({office})</source>
        <translation>ជួរ​របស់​ការិយាល័យ​ផ្សេង ({office})</translation>
    </message>
    <message>
        <source>unknown reporting source &apos;{source}&apos;</source>
        <translation>ប្រភព​រាយការណ៍​ដែល​មិន​ស្គាល់ &apos;{source}&apos;</translation>
    </message>
    <message>
        <source>values of {source}, which is not located in the province (national totals and other sources are entered at headquarters)</source>
        <translation>តម្លៃ​របស់ {source} ដែល​មិន​ស្ថិតនៅ​ក្នុង​ខេត្ត​នេះ (សរុប​ជាតិ និង​ប្រភព​ផ្សេងទៀត​ត្រូវ​បាន​បញ្ចូល​នៅ​ទីស្នាក់ការ​កណ្ដាល)</translation>
    </message>
    <message>
        <source>not a kind of data this CMDesk exchanges ({table})</source>
        <translation>មិនមែន​ជា​ប្រភេទ​ទិន្នន័យ​ដែល CMDesk នេះ​ផ្លាស់ប្ដូរ​ទេ ({table})</translation>
    </message>
    <message>
        <source>{path} is open read-only: a package cannot be received.</source>
        <translation>{path} បើក​សម្រាប់​តែ​អាន៖ មិន​អាច​ទទួល​កញ្ចប់​បានទេ។</translation>
    </message>
    <message>
        <source>{user} (received from {office}, package {seq})</source>
        <translation>{user} (បាន​ទទួល​ពី {office} កញ្ចប់ {seq})</translation>
    </message>
    <message>
        <source>Received from {office} (package {seq}).</source>
        <translation>បាន​ទទួល​ពី {office} (កញ្ចប់ {seq})។</translation>
    </message>
    <message>
        <source>There is no package to undo.</source>
        <translation>គ្មាន​កញ្ចប់​ដែល​ត្រូវ​មិនធ្វើវិញ​ទេ។</translation>
    </message>
    <message>
        <source>The package cannot be undone: the database was changed after it was received. Correct what it changed by hand, or resolve its conflicts.</source>
        <translation>មិន​អាច​មិនធ្វើវិញ​នូវ​កញ្ចប់​នេះ​បានទេ៖ មូលដ្ឋាន​ទិន្នន័យ​ត្រូវ​បាន​ផ្លាស់ប្ដូរ​បន្ទាប់ពី​វា​ត្រូវ​បាន​ទទួល។ សូម​កែ​អ្វី​ដែល​វា​បាន​ផ្លាស់ប្ដូរ​ដោយដៃ ឬ​ដោះស្រាយ​ជម្លោះ​របស់​វា។</translation>
    </message>
    <message>
        <source>The copy taken before the package was received is gone ({path}): it cannot be undone.</source>
        <translation>ច្បាប់​ចម្លង​ដែល​បាន​ថត​មុន​ពេល​ទទួល​កញ្ចប់​បាន​បាត់ ({path})៖ មិន​អាច​មិនធ្វើវិញ​បានទេ។</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>&apos;{text}&apos; មិនមែន​ជា​លេខ​ទេ។</translation>
    </message>
    <message>
        <source>Take &apos;mine&apos;, &apos;theirs&apos; or a value.</source>
        <translation>សូម​យក &apos;mine&apos; (របស់ខ្ញុំ) &apos;theirs&apos; (របស់​គេ) ឬ​តម្លៃ​មួយ។</translation>
    </message>
    <message>
        <source>This conflict is about the whole row (deleted on one side): take mine or theirs.</source>
        <translation>ជម្លោះ​នេះ​ទាក់ទង​នឹង​ជួរ​ទាំងមូល (បាន​លុប​នៅ​ម្ខាង)៖ សូម​យក​របស់ខ្ញុំ ឬ​របស់​គេ។</translation>
    </message>
    <message>
        <source>The row of this conflict is no longer stored here: it was deleted since.</source>
        <translation>ជួរ​របស់​ជម្លោះ​នេះ​លែង​ត្រូវ​បាន​រក្សាទុក​នៅ​ទីនេះ​ទៀតហើយ៖ វា​ត្រូវ​បាន​លុប​តាំងពី​ពេលនោះ។</translation>
    </message>
    <message>
        <source>This database is already paired with {office}.</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​នេះ​ត្រូវ​បាន​ផ្គូផ្គង​ជាមួយ {office} រួចហើយ។</translation>
    </message>
    <message>
        <source>No open conflict has the key &apos;{key}&apos;{many}. List them with `cmdesk conflicts`.</source>
        <translation>គ្មាន​ជម្លោះ​បើក​ណាមួយ​មានកូន​សោ &apos;{key}&apos;{many} ទេ។ សូម​រាយ​វា​ដោយ `cmdesk conflicts`។</translation>
    </message>
    <message>
        <source> alone</source>
        <translation> តែម្នាក់ឯង</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Aggregate values (CSV)</source>
        <translation>តម្លៃ​សរុប (CSV)</translation>
    </message>
    <message>
        <source>One value per line: year, source, item, part, value, comment, as CMDesk exports them (see docs/values-csv.md for the codes). An import is checked first: if any line is wrong nothing is imported and every problem is listed below.</source>
        <translation>មួយ​តម្លៃ​ក្នុង​មួយ​បន្ទាត់៖ ឆ្នាំ ប្រភព ធាតុ ផ្នែក តម្លៃ មតិយោបល់ ដូចដែល CMDesk នាំចេញ (មើល docs/values-csv.md សម្រាប់​លេខ​កូដ)។ ការនាំចូល​ត្រូវ​បាន​ត្រួតពិនិត្យ​ជាមុន៖ ប្រសិនបើ​បន្ទាត់​ណាមួយ​ខុស គ្មានអ្វី​ត្រូវ​បាន​នាំចូល​ទេ ហើយ​បញ្ហា​នី​មួយ​ៗ​ត្រូវ​បាន​រាយ​ខាងក្រោម។</translation>
    </message>
    <message>
        <source>Import values from CSV…</source>
        <translation>នាំចូល​តម្លៃ​ពី CSV…</translation>
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
        <source>Collection workbooks (Excel)</source>
        <translation>សៀវភៅបញ្ជី​ប្រមូល​ទិន្នន័យ (Excel)</translation>
    </message>
    <message>
        <source>Each reporting source fills its own return in an Excel workbook that CMDesk writes for the year, and CMDesk reads the filled workbook back checked cell by cell. Drop filled workbooks on this page to read them.</source>
        <translation>ប្រភព​រាយការណ៍​នី​មួយ​ៗ​បំពេញ​របាយការណ៍​របស់​ខ្លួន​ក្នុង​សៀវភៅបញ្ជី Excel ដែល CMDesk សរសេរ​សម្រាប់​ឆ្នាំនេះ ហើយ CMDesk អាន​សៀវភៅបញ្ជី​ដែល​បាន​បំពេញ​ត្រឡប់មកវិញ ដោយ​ត្រួតពិនិត្យ​ក្រឡា​ម្ដង​មួយ​ៗ។ ទម្លាក់​សៀវភៅបញ្ជី​ដែល​បាន​បំពេញ​លើ​ទំព័រ​នេះ ដើម្បី​អាន​វា។</translation>
    </message>
    <message>
        <source>Collection workbooks…</source>
        <translation>សៀវភៅបញ្ជី​ប្រមូល​ទិន្នន័យ…</translation>
    </message>
    <message>
        <source>Read filled workbooks…</source>
        <translation>អាន​សៀវភៅបញ្ជី​ដែល​បាន​បំពេញ…</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>ការផ្លាស់ប្ដូរ​ទិន្នន័យ</translation>
    </message>
    <message>
        <source>Export {year}&apos;s values to CSV…</source>
        <translation>នាំចេញ​តម្លៃ​ឆ្នាំ {year} ទៅ CSV…</translation>
    </message>
    <message>
        <source>Import values from a CSV file</source>
        <translation>នាំចូល​តម្លៃ​ពី​ឯកសារ CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ឯកសារ CSV (*.csv);;ឯកសារ​ទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Cannot read {name}</source>
        <translation>មិន​អាច​អាន {name} បានទេ</translation>
    </message>
    <message>
        <source>{name}: {n} problem(s), listed below. Nothing was imported: correct the file and import it again.</source>
        <translation>{name}៖ បញ្ហា {n} ដែល​បាន​រាយ​ខាងក្រោម។ គ្មានអ្វី​ត្រូវ​បាន​នាំចូល​ទេ៖ សូម​កែ​ឯកសារ ហើយ​នាំចូល​វា​ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{name}: {added} value(s) to add, {changed} to change, {unchanged} unchanged.</source>
        <translation>{name}៖ តម្លៃ {added} ត្រូវ​បន្ថែម {changed} ត្រូវ​ផ្លាស់ប្ដូរ {unchanged} មិន​ផ្លាស់ប្ដូរ។</translation>
    </message>
    <message>
        <source>{summary} Not imported.</source>
        <translation>{summary} មិនបាន​នាំចូល​ទេ។</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>មិនបាន​នាំចូល</translation>
    </message>
    <message>
        <source>Imported {name}: {added} added, {changed} changed, {unchanged} unchanged.</source>
        <translation>បាន​នាំចូល {name}៖ បាន​បន្ថែម {added} បាន​ផ្លាស់ប្ដូរ {changed} មិន​ផ្លាស់ប្ដូរ {unchanged}។</translation>
    </message>
    <message>
        <source>Import values</source>
        <translation>នាំចូល​តម្លៃ</translation>
    </message>
    <message>
        <source>{summary}

Import them now?</source>
        <translation>{summary}

នាំចូល​វា​ឥឡូវនេះ​ឬ?</translation>
    </message>
    <message>
        <source>{lines} ({n} lines)</source>
        <translation>{lines} (បន្ទាត់ {n})</translation>
    </message>
    <message>
        <source>Read filled collection workbooks</source>
        <translation>អាន​សៀវភៅបញ្ជី​ប្រមូល​ទិន្នន័យ​ដែល​បាន​បំពេញ</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>សៀវភៅបញ្ជី Excel (*.xlsx);;ឯកសារ​ទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>{n} workbook(s) read: {added} value(s) added, {changed} changed.</source>
        <translation>បាន​អាន​សៀវភៅបញ្ជី {n}៖ បាន​បន្ថែម​តម្លៃ {added} បាន​ផ្លាស់ប្ដូរ {changed}។</translation>
    </message>
    <message>
        <source>Export values to a CSV file</source>
        <translation>នាំចេញ​តម្លៃ​ទៅ​ឯកសារ CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>មិន​អាច​សរសេរ {path} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>មិនបាន​នាំចេញ</translation>
    </message>
    <message>
        <source>{n} value(s) of {year} written to {path}.</source>
        <translation>បាន​សរសេរ​តម្លៃ {n} នៃ​ឆ្នាំ {year} ទៅ {path}។</translation>
    </message>
</context>
<context>
    <name>ExpectationDialog</name>
    <message>
        <source>Expected return</source>
        <translation>របាយការណ៍​ដែល​រំពឹង​ទុក</translation>
    </message>
    <message>
        <source>Expect a return</source>
        <translation>រំពឹង​របាយការណ៍​មួយ</translation>
    </message>
    <message>
        <source>Expected for {year}</source>
        <translation>រំពឹង​ទុក​សម្រាប់​ឆ្នាំ {year}</translation>
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
        <translation>ផុតកំណត់​នៅ៖</translation>
    </message>
    <message>
        <source>Default ({date})</source>
        <translation>លំនាំដើម ({date})</translation>
    </message>
    <message>
        <source>By default this return is {expected}, due on {date}. A change applies to {year} only.</source>
        <translation>តាម​លំនាំដើម របាយការណ៍​នេះ{expected} ផុតកំណត់​នៅ​ថ្ងៃ {date}។ ការផ្លាស់ប្ដូរ​អនុវត្ត​ចំពោះតែ​ឆ្នាំ {year} ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>ត្រូវ​បាន​រំពឹង​ទុក</translation>
    </message>
    <message>
        <source>not expected</source>
        <translation>មិន​ត្រូវ​បាន​រំពឹង​ទុក</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>Nothing entered for this year yet.</source>
        <translation>មិនទាន់​មាន​អ្វី​បាន​បញ្ចូល​សម្រាប់​ឆ្នាំនេះ​នៅឡើយ​ទេ។</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>{item}, of which {part}</source>
        <translation>{item} ក្នុង​នោះ {part}</translation>
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
        <translation>មូលនិធិ​អន្តរជាតិ (US$)</translation>
    </message>
    <message>
        <source>Earmarked funds (US$)</source>
        <translation>មូលនិធិ​កំណត់​គោលដៅ (US$)</translation>
    </message>
    <message>
        <source>Total funding (US$)</source>
        <translation>មូលនិធិ​សរុប (US$)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Checks of the year</source>
        <translation>ការ​ត្រួតពិនិត្យ​ប្រចាំឆ្នាំ</translation>
    </message>
    <message>
        <source>Show acknowledged</source>
        <translation>បង្ហាញ​អ្វី​ដែល​បាន​ទទួលស្គាល់</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>កម្រិត​ធ្ងន់ធ្ងរ</translation>
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
        <translation>បាន​ទទួលស្គាល់</translation>
    </message>
    <message>
        <source>Double-click a finding to open the figure or record it is about.</source>
        <translation>ចុច​ពីរ​ដងលើ​លទ្ធផល​មួយ ដើម្បី​បើក​តួលេខ ឬ​កំណត់ត្រា​ដែល​វា​ទាក់ទង។</translation>
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
        <translation>ទទួលយក​លទ្ធផល​នេះ​តាមដែល​វា​មាន ដោយមាន​មូលហេតុ​រក្សាទុក​ក្នុង​កំណត់ហេតុ​សវនកម្ម។ កំហុស​ដែល​បាន​ទទួលស្គាល់ លែង​រារាំង​ការនាំចេញ និង​ការ​ដាក់​ជូន​របស់​ឆ្នាំ​ទៀតហើយ។</translation>
    </message>
    <message>
        <source>&amp;Withdraw acknowledgement</source>
        <translation>ដក​ការ​ទទួលស្គាល់​វិញ (&amp;W)</translation>
    </message>
    <message>
        <source>Casualty register</source>
        <translation>បញ្ជី​ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Narrative {code}</source>
        <translation>សេចក្ដី​រៀបរាប់ {code}</translation>
    </message>
    <message>
        <source>National view</source>
        <translation>ទិដ្ឋភាព​ជាតិ</translation>
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
        <translation>គ្មាន​លទ្ធផល​ទេ៖ ការ​ត្រួតពិនិត្យ​ទាំងអស់​បាន​ឆ្លងកាត់។</translation>
    </message>
    <message>
        <source>{errors} error(s), {warnings} warning(s), {questions} question(s) to look at; {acknowledged} acknowledged.</source>
        <translation>កំហុស {errors} ការព្រមាន {warnings} សំណួរ {questions} ដែល​ត្រូវ​ពិនិត្យ៖ បាន​ទទួលស្គាល់ {acknowledged}។</translation>
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
        <translation>ទទួលស្គាល់​ដោយ {who} នៅ {at}៖ {reason}</translation>
    </message>
    <message>
        <source>Change &amp;reason…</source>
        <translation>ប្ដូរ​មូលហេតុ… (&amp;R)</translation>
    </message>
    <message>
        <source>Acknowledge a finding</source>
        <translation>ទទួលស្គាល់​លទ្ធផល​មួយ</translation>
    </message>
    <message>
        <source>{message}

Why is this right as it stands? The reason is kept in the audit log.</source>
        <translation>{message}

ហេតុអ្វីបានជា​វា​ត្រឹមត្រូវ​តាមដែល​វា​មាន? មូលហេតុ​ត្រូវ​បាន​រក្សាទុក​ក្នុង​កំណត់ហេតុ​សវនកម្ម។</translation>
    </message>
    <message>
        <source>Cannot acknowledge the finding</source>
        <translation>មិន​អាច​ទទួលស្គាល់​លទ្ធផល​នេះ​បានទេ</translation>
    </message>
    <message>
        <source>Cannot withdraw the acknowledgement</source>
        <translation>មិន​អាច​ដក​ការ​ទទួលស្គាល់​វិញ​បានទេ</translation>
    </message>
</context>
<context>
    <name>FrozenNote</name>
    <message>
        <source>&lt;b&gt;Submitted – frozen.&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;បាន​ដាក់​ជូន – បាន​បង្កក។&lt;/b&gt; {message}</translation>
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
        <translation>ទីភ្នាក់ងារ​អង្គការសហប្រជាជាតិ</translation>
    </message>
    <message>
        <source>Donor government</source>
        <translation>រដ្ឋាភិបាល​ម្ចាស់​ជំនួយ</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>អង្គការ​មិនមែន​រដ្ឋាភិបាល</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>ឯកជន</translation>
    </message>
    <message>
        <source>Funding line &apos;{funder}&apos; ({year})</source>
        <translation>ជួរ​មូលនិធិ &apos;{funder}&apos; ({year})</translation>
    </message>
    <message>
        <source>A funding line for {year}</source>
        <translation>ជួរ​មូលនិធិ​មួយ​សម្រាប់​ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>{where}: funding lines have no field &apos;{name}&apos; (fields: {fields}).</source>
        <translation>{where}៖ ជួរ​មូលនិធិ​គ្មាន​វាល &apos;{name}&apos; ទេ (វាល៖ {fields})។</translation>
    </message>
    <message>
        <source>{where}: the year {year!r} is not a year between 1979 and 2100.</source>
        <translation>{where}៖ ឆ្នាំ {year!r} មិនមែន​ជា​ឆ្នាំ​ចន្លោះ​ពី 1979 ដល់ 2100 ទេ។</translation>
    </message>
    <message>
        <source>{where}: the funder is empty. Type who gave the money, for example &apos;Royal Government of Cambodia&apos; or &apos;UNDP&apos;.</source>
        <translation>{where}៖ ម្ចាស់​មូលនិធិ​ទទេ។ សូម​វាយ​អ្នក​ដែល​បាន​ផ្ដល់​ប្រាក់ ឧទាហរណ៍ &apos;រាជរដ្ឋាភិបាល​កម្ពុជា&apos; ឬ &apos;UNDP&apos;។</translation>
    </message>
    <message>
        <source>{where}: unknown funder kind &apos;{kind}&apos;. Choose one of: {allowed}.</source>
        <translation>{where}៖ ប្រភេទ​ម្ចាស់​មូលនិធិ​ដែល​មិន​ស្គាល់ &apos;{kind}&apos;។ សូម​ជ្រើស​មួយ​ក្នុងចំណោម៖ {allowed}។</translation>
    </message>
    <message>
        <source>{where}: the {name} must be text, not {value!r}.</source>
        <translation>{where}៖ {name} ត្រូវតែ​ជា​អត្ថបទ មិនមែន {value!r} ទេ។</translation>
    </message>
    <message>
        <source>{where}: the amount is missing. Type the amount in the line&apos;s currency, for example 130000.</source>
        <translation>{where}៖ ខ្វះ​ចំនួន​ទឹកប្រាក់។ សូម​វាយ​ចំនួន​ទឹកប្រាក់​ជា​រូបិយប័ណ្ណ​របស់​ជួរ​នេះ ឧទាហរណ៍ 130000។</translation>
    </message>
    <message>
        <source>{where}: the amount {amount!r} is not a number of 0 or more. Type the amount in the line&apos;s currency, for example 130000.</source>
        <translation>{where}៖ ចំនួន​ទឹកប្រាក់ {amount!r} មិនមែន​ជា​លេខ​ចាប់ពី 0 ឡើង​ទៅ​ទេ។ សូម​វាយ​ចំនួន​ទឹកប្រាក់​ជា​រូបិយប័ណ្ណ​របស់​ជួរ​នេះ ឧទាហរណ៍ 130000។</translation>
    </message>
    <message>
        <source>{where}: the currency {currency!r} is not a three-letter ISO 4217 code. Type a code such as USD, KHR or EUR.</source>
        <translation>{where}៖ រូបិយប័ណ្ណ {currency!r} មិនមែន​ជា​លេខ​កូដ ISO 4217 បី​អក្សរ​ទេ។ សូម​វាយ​លេខ​កូដ​ដូចជា USD, KHR ឬ EUR។</translation>
    </message>
    <message>
        <source>{where}: &apos;{code}&apos; is not in CMDesk&apos;s list of currencies. Check the code, or ask the database unit to add it to resources/catalog/currencies.toml.</source>
        <translation>{where}៖ &apos;{code}&apos; មិន​មាននៅ​ក្នុង​បញ្ជី​រូបិយប័ណ្ណ​របស់ CMDesk ទេ។ សូម​ពិនិត្យ​លេខ​កូដ ឬ​ស្នើ​ផ្នែក​មូលដ្ឋាន​ទិន្នន័យ​ឱ្យ​បន្ថែម​វា​ទៅ resources/catalog/currencies.toml។</translation>
    </message>
    <message>
        <source>{where}: an amount in USD needs no rate to US$, but {rate!r} was given. Leave the rate empty.</source>
        <translation>{where}៖ ចំនួន​ទឹកប្រាក់​ជា USD មិន​ត្រូវការ​អត្រា​ទៅ​ដុល្លារ​អាមេរិក​ទេ ប៉ុន្តែ​បាន​ផ្ដល់ {rate!r}។ សូម​ទុក​អត្រា​ឱ្យ​ទទេ។</translation>
    </message>
    <message>
        <source>{where}: a rate to US$ is required for {currency}. Type how many US dollars one {currency} was worth on average that year.</source>
        <translation>{where}៖ ត្រូវការ​អត្រា​ទៅ​ដុល្លារ​អាមេរិក​សម្រាប់ {currency}។ សូម​វាយ​ថា​មួយ {currency} មានតម្លៃ​ប៉ុន្មាន​ដុល្លារ​អាមេរិក​ជាមធ្យម​ក្នុង​ឆ្នាំ​នោះ។</translation>
    </message>
    <message>
        <source>{where}: the rate to US$ {rate!r} is not a number above 0. Type how many US dollars one {currency} was worth, for example 1.1301 for EUR.</source>
        <translation>{where}៖ អត្រា​ទៅ​ដុល្លារ​អាមេរិក {rate!r} មិនមែន​ជា​លេខ​ធំជាង 0 ទេ។ សូម​វាយ​ថា​មួយ {currency} មានតម្លៃ​ប៉ុន្មាន​ដុល្លារ​អាមេរិក ឧទាហរណ៍ 1.1301 សម្រាប់ EUR។</translation>
    </message>
    <message>
        <source>{where}: earmarked must be yes or no (true/false or 1/0), not {value!r}.</source>
        <translation>{where}៖ កំណត់​គោលដៅ​ត្រូវតែ​ជា បាទ/ចាស ឬ ទេ (true/false ឬ 1/0) មិនមែន {value!r} ទេ។</translation>
    </message>
    <message>
        <source>1 {code} = US${rate} ({per_usd} {code} to the US dollar)</source>
        <translation>1 {code} = US${rate} ({per_usd} {code} ក្នុង​មួយ​ដុល្លារ​អាមេរិក)</translation>
    </message>
    <message>
        <source>Did you mean 1/{typed} = {inverse}? That is {words}: the rate is the US dollars for one {code}.</source>
        <translation>តើ​អ្នក​ចង់​សំដៅលើ 1/{typed} = {inverse} ឬ? នោះ​គឺ {words}៖ អត្រា​គឺជា​ចំនួន​ដុល្លារ​អាមេរិក​សម្រាប់​មួយ {code}។</translation>
    </message>
    <message>
        <source>Check the rate: it is the US dollars for one {code}, the year&apos;s average.</source>
        <translation>សូម​ពិនិត្យ​អត្រា៖ វា​គឺជា​ចំនួន​ដុល្លារ​អាមេរិក​សម្រាប់​មួយ {code} ជាមធ្យម​ប្រចាំឆ្នាំ។</translation>
    </message>
    <message>
        <source>{where}: a rate to US$ of {rate} for {code} is not plausible ({words}; expected between {low} and {high}). {fix}</source>
        <translation>{where}៖ អត្រា​ទៅ​ដុល្លារ​អាមេរិក {rate} សម្រាប់ {code} មិន​សម​ហេតុផល​ទេ ({words}៖ រំពឹង​ចន្លោះ​ពី {low} ដល់ {high})។ {fix}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative: amounts and rates cannot be below 0.</source>
        <translation>&apos;{text}&apos; ជា​លេខ​អវិជ្ជមាន៖ ចំនួន​ទឹកប្រាក់ និង​អត្រា​មិន​អាច​តិច​ជាង 0 បានទេ។</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number. Type digits with a point for decimals, for example 130000, 130,000.50 or 0.00025.</source>
        <translation>&apos;{text}&apos; មិនមែន​ជា​លេខ​ទេ។ សូម​វាយ​ខ្ទង់លេខ ដោយ​ប្រើ​ចំណុច​សម្រាប់​ទសភាគ ឧទាហរណ៍ 130000, 130,000.50 ឬ 0.00025។</translation>
    </message>
</context>
<context>
    <name>FundingLineDialog</name>
    <message>
        <source>Edit funding line</source>
        <translation>កែសម្រួល​ជួរ​មូលនិធិ</translation>
    </message>
    <message>
        <source>Add a funding line</source>
        <translation>បន្ថែម​ជួរ​មូលនិធិ</translation>
    </message>
    <message>
        <source>Who gave the money, e.g. UNDP</source>
        <translation>អ្នក​ដែល​បាន​ផ្ដល់​ប្រាក់ ឧ. UNDP</translation>
    </message>
    <message>
        <source>What it pays for</source>
        <translation>អ្វី​ដែល​វា​ចំណាយ​លើ</translation>
    </message>
    <message>
        <source>In the funder&apos;s currency, e.g. 130,000</source>
        <translation>ជា​រូបិយប័ណ្ណ​របស់​ម្ចាស់​មូលនិធិ ឧ. 130,000</translation>
    </message>
    <message>
        <source>Earmarked for a set purpose</source>
        <translation>កំណត់​គោលដៅ​សម្រាប់​គោលបំណង​ជាក់លាក់</translation>
    </message>
    <message>
        <source>Funder:</source>
        <translation>ម្ចាស់​មូលនិធិ៖</translation>
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
        <translation>ចំនួន​ទឹកប្រាក់៖</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>រូបិយប័ណ្ណ៖</translation>
    </message>
    <message>
        <source>Rate to US$:</source>
        <translation>អត្រា​ទៅ​ដុល្លារ​អាមេរិក៖</translation>
    </message>
    <message>
        <source>US$ amount:</source>
        <translation>ចំនួនជា​ដុល្លារ​អាមេរិក៖</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>កំណត់សម្គាល់៖</translation>
    </message>
    <message>
        <source>US$ for one {code}</source>
        <translation>ដុល្លារ​អាមេរិក​សម្រាប់​មួយ {code}</translation>
    </message>
    <message>
        <source>{code} for one US$</source>
        <translation>{code} សម្រាប់​មួយ​ដុល្លារ​អាមេរិក</translation>
    </message>
    <message>
        <source>Not needed for US$</source>
        <translation>មិន​ត្រូវការ​សម្រាប់​ដុល្លារ​អាមេរិក</translation>
    </message>
    <message>
        <source>The year&apos;s average, e.g. 0.000244 US$ for one KHR or 4,100 KHR for one US$</source>
        <translation>ជាមធ្យម​ប្រចាំឆ្នាំ ឧ. 0.000244 ដុល្លារ​អាមេរិក​សម្រាប់​មួយ KHR ឬ 4,100 KHR សម្រាប់​មួយ​ដុល្លារ​អាមេរិក</translation>
    </message>
    <message>
        <source>— (give the rate to US$)</source>
        <translation>— (សូម​ផ្ដល់​អត្រា​ទៅ​ដុល្លារ​អាមេរិក)</translation>
    </message>
</context>
<context>
    <name>FundingLinesModel</name>
    <message>
        <source>Funder</source>
        <translation>ម្ចាស់​មូលនិធិ</translation>
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
        <translation>ចំនួន​ទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>រូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Rate to US$</source>
        <translation>អត្រា​ទៅ​ដុល្លារ​អាមេរិក</translation>
    </message>
    <message>
        <source>US$ amount</source>
        <translation>ចំនួនជា​ដុល្លារ​អាមេរិក</translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation>កំណត់​គោលដៅ</translation>
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
        <translation>កំណត់ត្រា {added} ត្រូវ​បន្ថែម {updated} ត្រូវ​ធ្វើ​បច្ចុប្បន្នភាព {duplicates} មាន​ក្នុង​បញ្ជី​រួចហើយ ជួរដេក {rejected} ត្រូវ​បាន​បដិសេធ។</translation>
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
        <translation>ជួរដេក​ដែល​ត្រូវ​បាន​បដិសេធ មិន​ត្រូវ​បាន​នាំចូល​ទេ៖ វា​នឹង​ត្រូវ​បាន​សរសេរជា​មួយ​បញ្ហា​របស់​វា​ទៅ {name} នៅ​ក្បែរ​ឯកសារ ដើម្បី​កែ ហើយ​នាំចូល​ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>រក​មិនឃើញ​បញ្ហា​ទេ។</translation>
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
        <translation>ឆ្នាំ​រាយការណ៍</translation>
    </message>
    <message>
        <source>  Reporting year: </source>
        <translation>  ឆ្នាំ​រាយការណ៍៖ </translation>
    </message>
    <message>
        <source> DEMO </source>
        <translation> សាកល្បង </translation>
    </message>
    <message>
        <source>This is the demo database: published 2024 figures.</source>
        <translation>នេះ​ជា​មូលដ្ឋាន​ទិន្នន័យ​សាកល្បង៖ តួលេខ​ឆ្នាំ ២០២៤ ដែល​បាន​ផ្សព្វផ្សាយ។</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ឯកសារ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​ថ្មី… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>បើក… (&amp;O)</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>មូលដ្ឋាន​ទិន្ន​ន័យ​ថ្មី​ៗ</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>ផ្ទុក​ឡើងវិញ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save a backup copy…</source>
        <translation>រក្សាទុក​ច្បាប់​ចម្លង​បម្រុងទុក… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>ស្ដារ​ពី​ច្បាប់​បម្រុងទុក… (&amp;R)</translation>
    </message>
    <message>
        <source>Your &amp;name in the audit log…</source>
        <translation>ឈ្មោះ​របស់​អ្នក​ក្នុង​កំណត់ហេតុ​សវនកម្ម… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>កែសម្រួល (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ (&amp;R)</translation>
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
        <source>&amp;Khmer digits (០-៩)</source>
        <translation>លេខ​ខ្មែរ (០-៩) (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ឧបករណ៍ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Items and reporting sources…</source>
        <translation>ធាតុ និង​ប្រភព​រាយការណ៍… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Provincial offices…</source>
        <translation>ការិយាល័យ​ខេត្ត… (&amp;P)</translation>
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
        <translation>CMDesk នឹង​ប្រើ​ភាសា{language} ចាប់ពី​ការ​ចាប់ផ្ដើម​លើកក្រោយ។ ចាប់ផ្ដើម​វា​ឡើងវិញ​ឥឡូវនេះ​ឬ?</translation>
    </message>
    <message>
        <source>Add a year…</source>
        <translation>បន្ថែម​ឆ្នាំ​មួយ…</translation>
    </message>
    <message>
        <source>Add a year</source>
        <translation>បន្ថែម​ឆ្នាំ​មួយ</translation>
    </message>
    <message>
        <source>An earlier reporting year ({first} to {last}):</source>
        <translation>ឆ្នាំ​រាយការណ៍​មុន ({first} ដល់ {last})៖</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>មិន​អាច​បើក​មូលដ្ឋាន​ទិន្នន័យ​បានទេ</translation>
    </message>
    <message>
        <source>The day&apos;s backup could not be saved</source>
        <translation>មិន​អាច​រក្សា​ទុក​ច្បាប់​បម្រុង​ទុក​ប្រចាំ​ថ្ងៃ​បាន​ទេ</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the database saved to {path}</source>
        <translation>ច្បាប់​បម្រុង​ទុក​មូលដ្ឋាន​ទិន្នន័យ​ប្រចាំ​ថ្ងៃ​នេះ​ត្រូវ​បាន​រក្សា​ទុក​នៅ {path}</translation>
    </message>
    <message>
        <source>The register&apos;s sort indexes could not be built ({error}): the Casualties page sorts more slowly until they are.</source>
        <translation>មិន​អាច​បង្កើត​លិបិក្រម​តម្រៀប​របស់​បញ្ជី​បាន​ទេ ({error})៖ ទំព័រ​ជនរងគ្រោះ​តម្រៀប​យឺត​ជាង​មុន រហូត​ដល់​លិបិក្រម​ទាំងនេះ​ត្រូវ​បាន​បង្កើត។</translation>
    </message>
    <message>
        <source>{path} is on a network share: keep it open in one window on one computer only.</source>
        <translation>{path} ស្ថិត​នៅ​លើ​ថត​ចែករំលែក​តាម​បណ្ដាញ៖ សូម​បើក​វា​តែ​ក្នុង​បង្អួច​មួយ នៅ​លើ​កុំព្យូទ័រ​មួយ​ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Cannot copy the database to this computer</source>
        <translation>មិន​អាច​ចម្លង​មូលដ្ឋាន​ទិន្នន័យ​មក​កុំព្យូទ័រ​នេះ​បាន​ទេ</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​នៅ​លើ​ថត​ចែករំលែក​តាម​បណ្ដាញ</translation>
    </message>
    <message>
        <source>Copy to this computer…</source>
        <translation>ចម្លង​មក​កុំព្យូទ័រ​នេះ…</translation>
    </message>
    <message>
        <source>Keep working on the share</source>
        <translation>បន្ត​ធ្វើការ​លើ​ថត​ចែករំលែក</translation>
    </message>
    <message>
        <source>Copy the database to this computer</source>
        <translation>ចម្លង​មូលដ្ឋាន​ទិន្នន័យ​មក​កុំព្យូទ័រ​នេះ</translation>
    </message>
    <message>
        <source> [DEMO]</source>
        <translation> [សាកល្បង]</translation>
    </message>
    <message>
        <source>Open a CMDesk database</source>
        <translation>បើក​មូលដ្ឋាន​ទិន្នន័យ CMDesk</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>មិន​អាចប​ង្កើត​មូលដ្ឋាន​ទិន្នន័យ​បានទេ</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(មិនទាន់​មាន)</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>រក្សាទុក​ច្បាប់​ចម្លង​បម្រុងទុក</translation>
    </message>
    <message>
        <source>Backup copy saved to {path}</source>
        <translation>បាន​រក្សាទុក​ច្បាប់​ចម្លង​បម្រុងទុក​ទៅ {path}</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>មិន​អាច​ស្ដារ​ច្បាប់​បម្រុងទុក​នេះ​បានទេ</translation>
    </message>
    <message>
        <source>Restored from {backup}. The content before the restore was kept in {safety}.</source>
        <translation>បាន​ស្ដារ​ពី {backup}។ ខ្លឹមសារ​មុន​ពេល​ស្ដារ ត្រូវ​បាន​រក្សាទុក​ក្នុង {safety}។</translation>
    </message>
    <message>
        <source>Changes are now recorded as made by {name}.</source>
        <translation>ឥឡូវនេះ ការផ្លាស់ប្ដូរ​ត្រូវ​បាន​កត់ត្រា​ថា​ធ្វើ​ដោយ {name}។</translation>
    </message>
    <message>
        <source>CMDesk databases (*.cmdesk);;All files (*)</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ CMDesk (*.cmdesk);;ឯកសារ​ទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;CMDesk {version}&lt;/b&gt;</source>
        <translation>&lt;b&gt;CMDesk {version}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Victim-assistance reporting for the Cambodian Mine Action and Victim Assistance Authority.</source>
        <translation>ការ​រាយការណ៍​ជំនួយ​ជនរងគ្រោះ សម្រាប់​អាជ្ញាធរ​កម្ពុជា​សកម្មភាព​កំចាត់​មីន និង​ជំនួយ​ជនរងគ្រោះ។</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ៖ {path}</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>ការិយាល័យ៖ {office}</translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation>កំណែ​រចនាសម្ព័ន្ធ៖ {version}</translation>
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
        <translation>បាន​រាយការណ៍</translation>
    </message>
    <message>
        <source>Partly reported</source>
        <translation>បាន​រាយការណ៍​ដោយ​ផ្នែក</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>មិនបាន​រាយការណ៍</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>មិន​ពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} និង {last}</translation>
    </message>
    <message>
        <source>In {year}, Cambodia recorded {total} casualties, including {killed} killed, {injured} injured and {lost} lost limbs.</source>
        <translation>ក្នុង​ឆ្នាំ {year} កម្ពុជា​បាន​កត់ត្រា​ជនរងគ្រោះ​ចំនួន {total} នាក់ ក្នុង​នោះ​ស្លាប់ {killed} នាក់ របួស {injured} នាក់ និង​បាត់បង់​អវយវៈ {lost} នាក់។</translation>
    </message>
    <message>
        <source>Of the total casualties {men} were men, {boys} were boys, {women} women and {girls} girls.</source>
        <translation>ក្នុងចំណោម​ជនរងគ្រោះ​សរុប មាន​បុរស {men} នាក់ ក្មេងប្រុស {boys} នាក់ ស្ត្រី {women} នាក់ និង​ក្មេងស្រី {girls} នាក់។</translation>
    </message>
    <message>
        <source>The sex or age of {n} is not known.</source>
        <translation>មិនដឹង​ភេទ ឬ​អាយុ​របស់ {n} នាក់​ទេ។</translation>
    </message>
    <message>
        <source>In {year}, {n} casualties were recorded.</source>
        <translation>ក្នុង​ឆ្នាំ {year} ជនរងគ្រោះ​ចំនួន {n} នាក់​ត្រូវ​បាន​កត់ត្រា។</translation>
    </message>
    <message>
        <source>, including {list}.</source>
        <translation> ក្នុង​នោះ​មាន {list}។</translation>
    </message>
    <message>
        <source>{n} women</source>
        <translation>ស្ត្រី {n} នាក់</translation>
    </message>
    <message>
        <source>{n} women and girls</source>
        <translation>ស្ត្រី និង​ក្មេងស្រី {n} នាក់</translation>
    </message>
    <message>
        <source>{n} mine/ERW survivors</source>
        <translation>អ្នក​រស់រាន​មានជីវិត​ពី​មីន/សំណល់​ជាតិផ្ទុះ​ពី​សង្គ្រាម {n} នាក់</translation>
    </message>
    <message>
        <source> (including {details})</source>
        <translation> (ក្នុង​នោះ {details})</translation>
    </message>
    <message>
        <source>In {year}, {n} persons with disabilities{details}, including mine/ERW survivors, received medical care, including physiotherapy and surgical interventions.</source>
        <translation>ក្នុង​ឆ្នាំ {year} ជន​មាន​ពិការភាព {n} នាក់{details} រួម​ទាំង​អ្នក​រស់រាន​មានជីវិត​ពី​មីន/សំណល់​ជាតិផ្ទុះ​ពី​សង្គ្រាម បាន​ទទួលការ​ថែទាំ​វេជ្ជសាស្ត្រ រួម​ទាំង​ការ​ព្យាបាល​ដោយ​ចលនា និង​ការវះកាត់។</translation>
    </message>
    <message>
        <source>In {year}, {n} persons with disabilities{details} were provided services by the physical rehabilitation centres (PRCs).</source>
        <translation>ក្នុង​ឆ្នាំ {year} ជន​មាន​ពិការភាព {n} នាក់{details} បាន​ទទួល​សេវា​ពី​មជ្ឈមណ្ឌល​ស្ដារ​នីតិសម្បទា។</translation>
    </message>
    <message>
        <source>{assessed} individuals were assessed by physiotherapists and {treatments} physiotherapy treatments were provided.</source>
        <translation>បុគ្គល {assessed} នាក់​ត្រូវ​បាន​វាយតម្លៃ​ដោយ​អ្នកព្យាបាល​ដោយ​ចលនា ហើយ​ការ​ព្យាបាល​ដោយ​ចលនា​ចំនួន {treatments} ដង​ត្រូវ​បាន​ផ្ដល់​ជូន។</translation>
    </message>
    <message>
        <source>Community-based rehabilitation (CBR) services are available in {provinces} provinces, and {n} persons with disabilities benefited from them.</source>
        <translation>សេវា​ស្ដារ​នីតិសម្បទា​ផ្អែកលើ​សហគមន៍ (CBR) មាននៅ​ក្នុង {provinces} ខេត្ត ហើយ​ជន​មាន​ពិការភាព {n} នាក់​បាន​ទទួលផល​ពី​សេវា​ទាំងនោះ។</translation>
    </message>
    <message>
        <source>In {year}, the PRCs produced or repaired a total of {total} assistive devices</source>
        <translation>ក្នុង​ឆ្នាំ {year} មជ្ឈមណ្ឌល​ស្ដារ​នីតិសម្បទា​បាន​ផលិត ឬ​ជួសជុល​ឧបករណ៍​ជំនួយ​សរុប {total}</translation>
    </message>
    <message>
        <source>{n} prosthetics ({lower} lower limbs, {upper} upper limbs)</source>
        <translation>អវយវៈ​សិប្បនិម្មិត {n} (អវយវៈ​ក្រោម {lower} អវយវៈ​លើ {upper})</translation>
    </message>
    <message>
        <source>{n} orthotics ({lower} lower limbs, {upper} upper limbs and {spinal} spinal)</source>
        <translation>ឧបករណ៍​ទ្រទ្រង់ {n} (អវយវៈ​ក្រោម {lower} អវយវៈ​លើ {upper} និង​ឆ្អឹងខ្នង {spinal})</translation>
    </message>
    <message>
        <source>{n} seating systems</source>
        <translation>ប្រព័ន្ធ​កៅអីអង្គុយ {n}</translation>
    </message>
    <message>
        <source>{n} wheelchairs ({adult} for adults and {child} for children)</source>
        <translation>រទេះរុញ {n} (សម្រាប់​មនុស្ស​ពេញវ័យ {adult} និង​សម្រាប់​កុមារ {child})</translation>
    </message>
    <message>
        <source>{n} tricycles</source>
        <translation>កង់​បី {n}</translation>
    </message>
    <message>
        <source>{n} non-orthopaedic procedures</source>
        <translation>នីតិវិធី​មិនមែន​ឆ្អឹង {n}</translation>
    </message>
    <message>
        <source>{n} walking aids</source>
        <translation>ឧបករណ៍​ជំនួយការ​ដើរ {n}</translation>
    </message>
    <message>
        <source>{n} repairs</source>
        <translation>ការ​ជួសជុល {n}</translation>
    </message>
    <message>
        <source>In {year}, {n} individuals completed psychosocial support training.</source>
        <translation>ក្នុង​ឆ្នាំ {year} បុគ្គល {n} នាក់​បាន​បញ្ចប់​វគ្គ​បណ្ដុះបណ្ដាល​ការ​គាំទ្រ​ផ្លូវចិត្ត​សង្គម។</translation>
    </message>
    <message>
        <source>In {year}, {n} individuals were provided with peer-to-peer counselling.</source>
        <translation>ក្នុង​ឆ្នាំ {year} បុគ្គល {n} នាក់​ត្រូវ​បាន​ផ្ដល់​ការ​ប្រឹក្សា​ពី​មិត្ត​អប់រំ​មិត្ត។</translation>
    </message>
    <message>
        <source>{n} self-help groups were active.</source>
        <translation>ក្រុម​ជួយ​ខ្លួនឯង {n} កំពុង​ដំណើរការ។</translation>
    </message>
    <message>
        <source>In {year}, persons with disabilities, including mine/ERW survivors, were provided with socio-economic services:</source>
        <translation>ក្នុង​ឆ្នាំ {year} ជន​មាន​ពិការភាព រួម​ទាំង​អ្នក​រស់រាន​មានជីវិត​ពី​មីន/សំណល់​ជាតិផ្ទុះ​ពី​សង្គ្រាម ត្រូវ​បាន​ផ្ដល់​សេវា​សេដ្ឋកិច្ច​សង្គម៖</translation>
    </message>
    <message>
        <source>In {year}, {n} persons with disabilities, including mine/ERW survivors, benefited from socio-economic services.</source>
        <translation>ក្នុង​ឆ្នាំ {year} ជន​មាន​ពិការភាព {n} នាក់ រួម​ទាំង​អ្នក​រស់រាន​មានជីវិត​ពី​មីន/សំណល់​ជាតិផ្ទុះ​ពី​សង្គ្រាម បាន​ទទួលផល​ពី​សេវា​សេដ្ឋកិច្ច​សង្គម។</translation>
    </message>
    <message>
        <source>In {year}, the Quality-of-Life Survey (QLS) identified and assessed {n} persons with disabilities{details}.</source>
        <translation>ក្នុង​ឆ្នាំ {year} ការស្ទង់មតិ​គុណភាព​ជីវិត (QLS) បាន​កំណត់​អត្តសញ្ញាណ និង​វាយតម្លៃ​ជន​មាន​ពិការភាព {n} នាក់{details}។</translation>
    </message>
    <message>
        <source>Of them, {n} were mine/ERW survivors (including {women} women).</source>
        <translation>ក្នុងចំណោម​ពួកគេ {n} នាក់​ជា​អ្នក​រស់រាន​មានជីវិត​ពី​មីន/សំណល់​ជាតិផ្ទុះ​ពី​សង្គ្រាម (ក្នុង​នោះ​ស្ត្រី {women} នាក់)។</translation>
    </message>
    <message>
        <source>Of them, {n} were mine/ERW survivors.</source>
        <translation>ក្នុងចំណោម​ពួកគេ {n} នាក់​ជា​អ្នក​រស់រាន​មានជីវិត​ពី​មីន/សំណល់​ជាតិផ្ទុះ​ពី​សង្គ្រាម។</translation>
    </message>
    <message>
        <source>In {year}, {n} chiefs of communes and villages were trained in data collection.</source>
        <translation>ក្នុង​ឆ្នាំ {year} មេឃុំ និង​មេភូមិ {n} នាក់​ត្រូវ​បាន​បណ្ដុះបណ្ដាល​លើ​ការ​ប្រមូល​ទិន្នន័យ។</translation>
    </message>
    <message>
        <source>In {year}, national resources including a budget of US${n} were allocated to victim assistance.</source>
        <translation>ក្នុង​ឆ្នាំ {year} ធនធាន​ជាតិ រួម​ទាំង​ថវិកា​ចំនួន US${n} ត្រូវ​បាន​បែងចែក​សម្រាប់​ជំនួយ​ជនរងគ្រោះ។</translation>
    </message>
    <message>
        <source>They were complemented by earmarked funds of {list}.</source>
        <translation>ធនធាន​ទាំងនោះ​ត្រូវ​បាន​បំពេញបន្ថែម​ដោយ​មូលនិធិ​កំណត់​គោលដៅ {list}។</translation>
    </message>
    <message>
        <source>US${n} from {funder}</source>
        <translation>US${n} ពី {funder}</translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;.</source>
        <translation>ស្ថានភាព​ដែល​មិន​ស្គាល់ &apos;{status}&apos;។</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​ថ្មី</translation>
    </message>
    <message>
        <source>A new database starts with the reference data (provinces, reporting sources, items and SRAAP indicators) and no figures. Choose the office it belongs to: every record entered in it is marked with that office, so that provincial databases can later be merged at headquarters.</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​ថ្មី​ចាប់ផ្ដើម​ជាមួយ​ទិន្នន័យ​យោង (ខេត្ត ប្រភព​រាយការណ៍ ធាតុ និង​សូចនាករ SRAAP) ហើយ​គ្មាន​តួលេខ​ទេ។ សូម​ជ្រើស​ការិយាល័យ​ដែល​វា​ជា​កម្មសិទ្ធិ៖ កំណត់ត្រា​នី​មួយ​ៗ​ដែល​បាន​បញ្ចូល​ក្នុង​វា ត្រូវ​បាន​សម្គាល់​ដោយ​ការិយាល័យ​នោះ ដូច្នេះ​មូលដ្ឋាន​ទិន្នន័យ​ខេត្ត​អាច​ត្រូវ​បាន​បញ្ចូល​គ្នា​នៅ​ទីស្នាក់ការ​កណ្ដាល​នៅពេល​ក្រោយ។</translation>
    </message>
    <message>
        <source>Where to save the database</source>
        <translation>កន្លែង​រក្សាទុក​មូលដ្ឋាន​ទិន្នន័យ</translation>
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
        <translation>មូលដ្ឋាន​ទិន្នន័យ CMDesk (*.cmdesk)</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <source>Add an item</source>
        <translation>បន្ថែម​ធាតុ</translation>
    </message>
    <message>
        <source>e.g. svc.home_visits (never changes once added)</source>
        <translation>ឧ. svc.home_visits (មិន​ផ្លាស់ប្ដូរ​ទេ បន្ទាប់ពី​បាន​បន្ថែម)</translation>
    </message>
    <message>
        <source>As it appears on the entry page and in reports</source>
        <translation>ដូចដែល​វា​បង្ហាញ​នៅ​លើ​ទំព័រ​បញ្ចូល និង​ក្នុង​របាយការណ៍</translation>
    </message>
    <message>
        <source>A total stated by the source, checked against the sum of:</source>
        <translation>សរុប​ដែល​ប្រភព​បាន​ប្រកាស ត្រូវ​បាន​ត្រួតពិនិត្យ​ធៀប​នឹង​ផលបូក​នៃ៖</translation>
    </message>
    <message>
        <source>Checks that apply: whole numbers, never negative; each part at most the total; female survivors at most the females and the survivors.</source>
        <translation>ការ​ត្រួតពិនិត្យ​ដែល​អនុវត្ត៖ ចំនួនគត់ មិន​អវិជ្ជមាន៖ ផ្នែក​នី​មួយ​ៗ​យ៉ាងច្រើន​ស្មើនឹង​សរុប៖ អ្នក​រស់រាន​មានជីវិត​ជា​ស្ត្រី យ៉ាងច្រើន​ស្មើនឹង​ចំនួន​ស្ត្រី និង​ចំនួន​អ្នក​រស់រាន​មានជីវិត។</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ក្រុម</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>លេខ​កូដ</translation>
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
        <translation>&apos;{text}&apos; ជា​លេខ​អវិជ្ជមាន៖ ចំនួន​រាប់​មិន​អាច​តិច​ជាង 0 បានទេ។</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number: counts of persons, devices and the like have no decimals. For thousands, type 26280 or {example}.</source>
        <translation>&apos;{text}&apos; មិនមែន​ជា​ចំនួនគត់​ទេ៖ ចំនួន​មនុស្ស ឧបករណ៍ និង​អ្វី​ៗ​ផ្សេងទៀត​ដែល​រាប់ គ្មាន​ទសភាគ​ទេ។ សម្រាប់​ពាន់ សូម​វាយ 26280 ឬ {example}។</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is more than {max:,}, the largest count CMDesk accepts. Check the figure.</source>
        <translation>&apos;{text}&apos; ច្រើនជាង {max:,} ដែល​ជា​ចំនួន​រាប់​ធំ​បំផុត​ដែល CMDesk ទទួលយក។ សូម​ពិនិត្យ​តួលេខ។</translation>
    </message>
    <message>
        <source>not a whole number ({number})</source>
        <translation>មិនមែន​ជា​ចំនួនគត់​ទេ ({number})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is either {thousands:,} (with &apos;{mark}&apos; between the thousands) or {other}: CMDesk cannot tell which. Type {plain} for {thousands:,}.</source>
        <translation>&apos;{text}&apos; អាច​ជា {thousands:,} (ដោយមាន &apos;{mark}&apos; នៅចន្លោះ​ខ្ទង់ពាន់) ឬ {other}៖ CMDesk មិន​អាច​ដឹង​ថា​មួយ​ណា​ទេ។ សូម​វាយ {plain} សម្រាប់ {thousands:,}។</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number. Type digits, for example 26280, 26,280 or ២៦២៨០.</source>
        <translation>&apos;{text}&apos; មិនមែន​ជា​លេខ​ទេ។ សូម​វាយ​ខ្ទង់លេខ ឧទាហរណ៍ 26280, 26,280 ឬ ២៦២៨០។</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>ពិតប្រាកដ</translation>
    </message>
    <message>
        <source>More than</source>
        <translation>ច្រើនជាង</translation>
    </message>
    <message>
        <source>About</source>
        <translation>ប្រហែល</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>យ៉ាងហោចណាស់</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: give the number after &apos;{prefix}&apos;, for example &gt;2800.</source>
        <translation>&apos;{text}&apos;៖ សូម​ផ្ដល់​លេខ​នៅ​ក្រោយ &apos;{prefix}&apos; ឧទាហរណ៍ &gt;2800។</translation>
    </message>
    <message>
        <source>over {n}</source>
        <translation>ច្រើនជាង {n}</translation>
    </message>
    <message>
        <source>about {n}</source>
        <translation>ប្រហែល {n}</translation>
    </message>
    <message>
        <source>at least {n}</source>
        <translation>យ៉ាងហោចណាស់ {n}</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>{province} provincial office</source>
        <translation>ការិយាល័យ​ខេត្ត{province}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Casualties recorded</source>
        <translation>ជនរងគ្រោះ​ដែល​បាន​កត់ត្រា</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>នាក់</translation>
    </message>
    <message>
        <source>{killed} killed, {injured} injured and {amputations} lost limbs</source>
        <translation>ស្លាប់ {killed} នាក់ របួស {injured} នាក់ និង​បាត់បង់​អវយវៈ {amputations} នាក់</translation>
    </message>
    <message>
        <source>{previous} in {prev_year}</source>
        <translation>{previous} ក្នុង​ឆ្នាំ {prev_year}</translation>
    </message>
    <message>
        <source>{prev_year} not recorded</source>
        <translation>{prev_year} មិនបាន​កត់ត្រា</translation>
    </message>
    <message>
        <source>stated {stated:,}; the types add up to {summed:,} (difference {diff:+,})</source>
        <translation>បាន​ប្រកាស {stated:,}៖ ប្រភេទ​នានា​បូក​បញ្ចូល​គ្នា​បាន {summed:,} (ខុសគ្នា {diff:+,})</translation>
    </message>
    <message>
        <source>Assistive devices produced or repaired</source>
        <translation>ឧបករណ៍​ជំនួយ​ដែល​បាន​ផលិត ឬ​ជួសជុល</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>ឧបករណ៍</translation>
    </message>
    <message>
        <source>Persons served by rehabilitation centres</source>
        <translation>មនុស្ស​ដែល​បាន​ទទួល​សេវា​ពី​មជ្ឈមណ្ឌល​ស្ដារ​នីតិសម្បទា</translation>
    </message>
    <message>
        <source>of whom {n:,} mine/ERW survivors</source>
        <translation>ក្នុង​នោះ​អ្នក​រស់រាន​មានជីវិត​ពី​មីន/សំណល់​ជាតិផ្ទុះ​ពី​សង្គ្រាម {n:,} នាក់</translation>
    </message>
    <message>
        <source>Persons with disabilities given medical care</source>
        <translation>ជន​មាន​ពិការភាព​ដែល​បាន​ទទួលការ​ថែទាំ​វេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <source>Funding for victim assistance</source>
        <translation>មូលនិធិ​សម្រាប់​ជំនួយ​ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>national US${national:,.0f}; international US${international:,.0f}; earmarked US${earmarked:,.0f}</source>
        <translation>ជាតិ US${national:,.0f}៖ អន្តរជាតិ US${international:,.0f}៖ កំណត់​គោលដៅ US${earmarked:,.0f}</translation>
    </message>
    <message>
        <source>Values entered</source>
        <translation>តម្លៃ​ដែល​បាន​បញ្ចូល</translation>
    </message>
    <message>
        <source>values</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>{n} funding lines</source>
        <translation>ជួរ​មូលនិធិ {n}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>DEMO DATABASE: Cambodia&apos;s published 2024 figures, for trying CMDesk out. Do not enter real data here and do not submit from it.</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​សាកល្បង៖ តួលេខ​ឆ្នាំ ២០២៤ ដែល​កម្ពុជា​បាន​ផ្សព្វផ្សាយ សម្រាប់​សាកល្បង​ប្រើ CMDesk។ កុំ​បញ្ចូល​ទិន្នន័យ​ពិត​នៅ​ទីនេះ ហើយ​កុំ​ដាក់​ជូន​ពី​វា។</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>ទិដ្ឋភាព​ទូទៅ</translation>
    </message>
    <message>
        <source>Overview of {year}</source>
        <translation>ទិដ្ឋភាព​ទូទៅ​នៃ​ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>{office}  ·  {path}</source>
        <translation>{office}  ·  {path}</translation>
    </message>
    <message>
        <source>Years in this database: {years}</source>
        <translation>ឆ្នាំ​ក្នុង​មូលដ្ឋាន​ទិន្នន័យ​នេះ៖ {years}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>មិនទាន់​មាន</translation>
    </message>
    <message>
        <source>Values entered</source>
        <translation>តម្លៃ​ដែល​បាន​បញ្ចូល</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>ជួរ​មូលនិធិ</translation>
    </message>
    <message>
        <source>Casualty records (all years)</source>
        <translation>កំណត់ត្រា​ជនរងគ្រោះ (គ្រប់​ឆ្នាំ)</translation>
    </message>
    <message>
        <source>SRAAP narratives</source>
        <translation>សេចក្ដី​រៀបរាប់ SRAAP</translation>
    </message>
    <message>
        <source>Changes in the audit log</source>
        <translation>ការផ្លាស់ប្ដូរ​ក្នុង​កំណត់ហេតុ​សវនកម្ម</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>ក្នុង​មូលដ្ឋាន​ទិន្នន័យ​នេះ</translation>
    </message>
    <message>
        <source>{n} change(s) received from other offices wait for your choice (Data exchange &gt; Conflicts).</source>
        <translation>ការផ្លាស់ប្ដូរ {n} ដែល​បាន​ទទួល​ពី​ការិយាល័យ​ផ្សេងទៀត កំពុង​រង់ចាំ​ជម្រើស​របស់​អ្នក (ការផ្លាស់ប្ដូរ​ទិន្នន័យ &gt; ជម្លោះ)។</translation>
    </message>
    <message>
        <source>{n} of them touch {year}: it cannot be marked as checked or submitted until they are settled.</source>
        <translation>{n} ក្នុងចំណោម​នោះ​ទាក់ទង​នឹង​ឆ្នាំ {year}៖ មិន​អាច​សម្គាល់​វា​ថា​បាន​ត្រួតពិនិត្យ ឬ​ដាក់​ជូន​បានទេ រហូតដល់​វា​ត្រូវ​បាន​ដោះស្រាយ។</translation>
    </message>
    <message>
        <source>Returns from the reporting sources</source>
        <translation>របាយការណ៍​ពី​ប្រភព​រាយការណ៍</translation>
    </message>
</context>
<context>
    <name>PackagesPanel</name>
    <message>
        <source>Casualty record</source>
        <translation>កំណត់ត្រា​ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation>ជួរ​មូលនិធិ</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>សេចក្ដី​រៀបរាប់</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>ការ​ទទួលស្គាល់</translation>
    </message>
    <message>
        <source>Catalog item</source>
        <translation>ធាតុ​កាតាឡុក</translation>
    </message>
    <message>
        <source>Reporting source</source>
        <translation>ប្រភព​រាយការណ៍</translation>
    </message>
    <message>
        <source>Year status</source>
        <translation>ស្ថានភាព​ឆ្នាំ</translation>
    </message>
    <message>
        <source>here {mine}, there {theirs}</source>
        <translation>នៅ​ទីនេះ {mine} នៅ​ទីនោះ {theirs}</translation>
    </message>
    <message>
        <source>Packages with headquarters and the provinces (.cmdx)</source>
        <translation>កញ្ចប់​ជាមួយ​ទីស្នាក់ការ​កណ្ដាល និង​ខេត្ត (.cmdx)</translation>
    </message>
    <message>
        <source>Receive a package…</source>
        <translation>ទទួល​កញ្ចប់​មួយ…</translation>
    </message>
    <message>
        <source>Undo the last package received</source>
        <translation>មិនធ្វើវិញ​នូវ​កញ្ចប់​ចុងក្រោយ​ដែល​បាន​ទទួល</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>កូនសោ</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>ទិន្នន័យ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ជួរដេក</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>វាល</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>ព័ត៌មាន​លម្អិត</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>មូលដ្ឋាន</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>របស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>របស់​គេ</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>រក្សា​របស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>យក​របស់​គេ</translation>
    </message>
    <message>
        <source>Type a value…</source>
        <translation>វាយតម្លៃ​មួយ…</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>ត្រូវ​បន្ថែម</translation>
    </message>
    <message>
        <source>field(s) to change</source>
        <translation>វាល​ដែល​ត្រូវ​ផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>to delete</source>
        <translation>ត្រូវ​លុប</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>មាន​ជម្លោះ</translation>
    </message>
    <message>
        <source>held (a submitted year)</source>
        <translation>បាន​ឃាត់ទុក (ឆ្នាំ​ដែល​បាន​ដាក់​ជូន)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>បាន​បដិសេធ</translation>
    </message>
    <message>
        <source>already the same</source>
        <translation>ដូចគ្នា​រួចហើយ</translation>
    </message>
    <message>
        <source>Send to a province…</source>
        <translation>ផ្ញើ​ទៅ​ខេត្ត​មួយ…</translation>
    </message>
    <message>
        <source>Send to headquarters…</source>
        <translation>ផ្ញើ​ទៅ​ទីស្នាក់ការ​កណ្ដាល…</translation>
    </message>
    <message>
        <source>This database is not paired with another office yet. At headquarters, make a province&apos;s database with Tools &gt; Provincial offices.</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​នេះ​មិនទាន់​ត្រូវ​បាន​ផ្គូផ្គង​ជាមួយ​ការិយាល័យ​ផ្សេង​នៅឡើយ​ទេ។ នៅ​ទីស្នាក់ការ​កណ្ដាល សូម​បង្កើត​មូលដ្ឋាន​ទិន្នន័យ​របស់​ខេត្ត​មួយ​ដោយ ឧបករណ៍ &gt; ការិយាល័យ​ខេត្ត។</translation>
    </message>
    <message>
        <source>Exchanges with: {offices}. A package carries what changed here since the other office last acknowledged; a received one is merged field by field, and a field both sides changed waits below for your choice.</source>
        <translation>ផ្លាស់ប្ដូរ​ជាមួយ៖ {offices}។ កញ្ចប់​មួយ​ផ្ទុក​អ្វី​ដែល​បាន​ផ្លាស់ប្ដូរ​នៅ​ទីនេះ តាំងពី​ការិយាល័យ​ម្ខាងទៀត​បាន​ទទួលស្គាល់​ចុងក្រោយ៖ កញ្ចប់​ដែល​បាន​ទទួល​ត្រូវ​បាន​បញ្ចូល​ម្ដង​មួយ​វាល ហើយ​វាល​ដែល​ភាគី​ទាំងពីរ​បាន​ផ្លាស់ប្ដូរ រង់ចាំ​ជម្រើស​របស់​អ្នក​នៅ​ខាងក្រោម។</translation>
    </message>
    <message>
        <source>Conflicts waiting: {n}</source>
        <translation>ជម្លោះ​កំពុង​រង់ចាំ៖ {n}</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(ជួរ​ទាំងមូល)</translation>
    </message>
    <message>
        <source>Send a package</source>
        <translation>ផ្ញើ​កញ្ចប់​មួយ</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>ផ្ញើ​ទៅ៖</translation>
    </message>
    <message>
        <source>CMDesk packages (*.cmdx)</source>
        <translation>កញ្ចប់ CMDesk (*.cmdx)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>មិនបាន​ផ្ញើ</translation>
    </message>
    <message>
        <source>Package {seq} written to {path}: {n} row(s) changed since the last acknowledged state. Carry it to {office}.</source>
        <translation>បាន​សរសេរ​កញ្ចប់ {seq} ទៅ {path}៖ ជួរ {n} បាន​ផ្លាស់ប្ដូរ​តាំងពី​ស្ថានភាព​ដែល​បាន​ទទួលស្គាល់​ចុងក្រោយ។ សូម​យក​វា​ទៅ {office}។</translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>ទទួល​កញ្ចប់​មួយ</translation>
    </message>
    <message>
        <source>CMDesk packages (*.cmdx);;All files (*)</source>
        <translation>កញ្ចប់ CMDesk (*.cmdx);;ឯកសារ​ទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>មិនបាន​ទទួល</translation>
    </message>
    <message>
        <source>{name} was not received: nothing was changed.</source>
        <translation>{name} មិន​ត្រូវ​បាន​ទទួល​ទេ៖ គ្មានអ្វី​ត្រូវ​បាន​ផ្លាស់ប្ដូរ​ទេ។</translation>
    </message>
    <message>
        <source>{name}: not applied.</source>
        <translation>{name}៖ មិនបាន​អនុវត្ត។</translation>
    </message>
    <message>
        <source>Package {seq} from {office} applied: {summary}</source>
        <translation>បាន​អនុវត្ត​កញ្ចប់ {seq} ពី {office}៖ {summary}</translation>
    </message>
    <message>
        <source>{n} received record(s) may duplicate records here: see the possible duplicates on the Casualties page.</source>
        <translation>កំណត់ត្រា {n} ដែល​បាន​ទទួល​អាច​ស្ទួន​នឹង​កំណត់ត្រា​នៅ​ទីនេះ៖ សូម​មើល​ករណី​អាច​ស្ទួន​នៅ​លើ​ទំព័រ​ជនរងគ្រោះ។</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>មិនបាន​មិនធ្វើវិញ</translation>
    </message>
    <message>
        <source>Package {seq} from {office} was undone: the database is as it was before it was received.</source>
        <translation>កញ្ចប់ {seq} ពី {office} ត្រូវ​បាន​មិនធ្វើវិញ៖ មូលដ្ឋាន​ទិន្នន័យ​ដូចមុន​ពេល​វា​ត្រូវ​បាន​ទទួល។</translation>
    </message>
    <message>
        <source>Type a value</source>
        <translation>វាយតម្លៃ​មួយ</translation>
    </message>
    <message>
        <source>{field} of {row} (base {base}, mine {mine}, theirs {theirs}):</source>
        <translation>{field} នៃ {row} (មូលដ្ឋាន {base} របស់ខ្ញុំ {mine} របស់​គេ {theirs})៖</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>មិនបាន​ដោះស្រាយ</translation>
    </message>
    <message>
        <source>Conflict {key} settled: your choice travels in the next package to {office}.</source>
        <translation>ជម្លោះ {key} ត្រូវ​បាន​ដោះស្រាយ៖ ជម្រើស​របស់​អ្នកធ្វើ​ដំណើរ​ក្នុង​កញ្ចប់​បន្ទាប់​ទៅ {office}។</translation>
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
        <translation>ឧបករណ៍​ជំនួយ</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>ទិដ្ឋភាព​ទូទៅ</translation>
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
        <translation>SRAAP និង​សេចក្ដី​រៀបរាប់</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>ការផ្លាស់ប្ដូរ​ទិន្នន័យ</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>The folder {folder} does not exist: create it first, or choose another.</source>
        <translation>ថត {folder} មិន​មាន​ទេ៖ សូម​បង្កើត​វា​ជាមុន ឬ​ជ្រើស​ថត​ផ្សេង។</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: give the folder to write into.</source>
        <translation>{path} ជា​ឯកសារ មិនមែន​ជា​ថត​ទេ៖ សូម​ផ្ដល់​ថត​ដែល​ត្រូវ​សរសេរ​ចូល។</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the file to write in it.</source>
        <translation>{path} ជា​ថត៖ សូម​ផ្ដល់​ឈ្មោះ​ឯកសារ​ដែល​ត្រូវ​សរសេរ​នៅ​ក្នុង​វា។</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: nothing can be saved inside it.</source>
        <translation>{folder} ជា​ឯកសារ មិនមែន​ជា​ថត​ទេ៖ មិន​អាច​រក្សាទុក​អ្វី​នៅ​ក្នុង​វា​បាន​ទេ។</translation>
    </message>
    <message>
        <source>CMDesk cannot save in {folder}: you do not have permission to write there. Choose a folder where you can save files.</source>
        <translation>CMDesk មិន​អាច​រក្សាទុក​នៅ​ក្នុង {folder} បាន​ទេ៖ អ្នក​គ្មាន​ការអនុញ្ញាត​សរសេរ​នៅ​ទីនោះ​ទេ។ សូម​ជ្រើស​ថត​ដែល​អ្នក​អាច​រក្សាទុក​ឯកសារ​បាន។</translation>
    </message>
    <message>
        <source>{path} is read-only: it cannot be replaced.</source>
        <translation>{path} សម្រាប់​តែ​អាន៖ មិន​អាច​ជំនួស​វា​បាន​ទេ។</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Receive package {seq} from {office}</source>
        <translation>ទទួល​កញ្ចប់ {seq} ពី {office}</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>អនុវត្ត</translation>
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
        <translation>កំពុង​បោះបង់…</translation>
    </message>
</context>
<context>
    <name>ProvincesDialog</name>
    <message>
        <source>Provincial offices</source>
        <translation>ការិយាល័យ​ខេត្ត</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>ការិយាល័យ</translation>
    </message>
    <message>
        <source>Last package sent</source>
        <translation>កញ្ចប់​ចុងក្រោយ​ដែល​បាន​ផ្ញើ</translation>
    </message>
    <message>
        <source>Last package received</source>
        <translation>កញ្ចប់​ចុងក្រោយ​ដែល​បាន​ទទួល</translation>
    </message>
    <message>
        <source>Acknowledged by them</source>
        <translation>បាន​ទទួលស្គាល់​ដោយ​ពួកគេ</translation>
    </message>
    <message>
        <source>Conflicts waiting</source>
        <translation>ជម្លោះ​កំពុង​រង់ចាំ</translation>
    </message>
    <message>
        <source>New provincial database…</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​ខេត្ត​ថ្មី…</translation>
    </message>
    <message>
        <source>Pairing code for an existing database…</source>
        <translation>លេខ​កូដ​ផ្គូផ្គង​សម្រាប់​មូលដ្ឋាន​ទិន្នន័យ​ដែល​មានស្រាប់…</translation>
    </message>
    <message>
        <source>Each office below has a database paired with this one by a secret key. Packages (Data exchange) carry what changed since the other office last acknowledged.</source>
        <translation>ការិយាល័យ​នី​មួយ​ៗ​ខាងក្រោម​មាន​មូលដ្ឋាន​ទិន្នន័យ​ដែល​ផ្គូផ្គង​ជាមួយ​មូលដ្ឋាន​ទិន្នន័យ​នេះ​ដោយ​កូនសោ​សម្ងាត់។ កញ្ចប់ (ការផ្លាស់ប្ដូរ​ទិន្នន័យ) ផ្ទុក​អ្វី​ដែល​បាន​ផ្លាស់ប្ដូរ​តាំងពី​ការិយាល័យ​ម្ខាងទៀត​បាន​ទទួលស្គាល់​ចុងក្រោយ។</translation>
    </message>
    <message>
        <source>This database is not paired with any office yet.</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​នេះ​មិនទាន់​ត្រូវ​បាន​ផ្គូផ្គង​ជាមួយ​ការិយាល័យ​ណាមួយ​នៅឡើយ​ទេ។</translation>
    </message>
    <message>
        <source>{n} on {at}</source>
        <translation>{n} នៅ {at}</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>ខេត្ត៖</translation>
    </message>
    <message>
        <source>New provincial database</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​ខេត្ត​ថ្មី</translation>
    </message>
    <message>
        <source>CMDesk databases (*.cmdesk)</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ CMDesk (*.cmdesk)</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>មិនបាន​បង្កើត</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>លេខ​កូដ​ផ្គូផ្គង</translation>
    </message>
    <message>
        <source>Give this code to {office} in person or by telephone, not by e-mail: it is shown only now, and whoever holds it can sign packages for the province. There, run: cmdesk province pair --code CODE --db DATABASE</source>
        <translation>សូម​ផ្ដល់​លេខ​កូដ​នេះ​ទៅ {office} ដោយ​ផ្ទាល់ ឬ​តាម​ទូរស័ព្ទ មិនមែន​តាម​អ៊ីមែល​ទេ៖ វា​បង្ហាញ​តែ​ពេលនេះ​ប៉ុណ្ណោះ ហើយ​អ្នកណា​ដែល​កាន់​វា​អាច​ចុះហត្ថលេខា​លើ​កញ្ចប់​សម្រាប់​ខេត្ត​បាន។ នៅ​ទីនោះ សូម​ដំណើរការ៖ cmdesk province pair --code CODE --db DATABASE</translation>
    </message>
    <message>
        <source>No code made</source>
        <translation>មិនបាន​បង្កើត​លេខ​កូដ</translation>
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
        <translation>ជ្រើស​ទាំងអស់ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>ឡើង​មួយ​ជំហាន (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>ចុះ​មួយ​ជំហាន (&amp;D)</translation>
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
        <translation>ឈ្មោះ​ឯកសារ៖ (&amp;N)</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ប្រភេទ​ឯកសារ៖ (&amp;T)</translation>
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
        <translation>រក្សាទុក​ជា</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ឯកសារ​ទាំងអស់ (*)</translation>
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
        <translation>ថត​មេ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>បង្កើត​ថត​ថ្មី</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>ទិដ្ឋភាព​បញ្ជី</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>ទិដ្ឋភាព​លម្អិត</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>ថត​ថ្មី (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>ប្ដូរ​ឈ្មោះ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>លុប (&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>បង្ហាញ​ឯកសារ​លាក់ (&amp;H)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>របារ​ចំហៀង</translation>
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
        <translation>កាលបរិច្ឆេទ​កែប្រែ</translation>
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
        <translation>បញ្ចូល​តម្លៃ៖</translation>
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
        <translation>ជ្រើស​ទាំងអស់</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>បង្ហាញ​ព័ត៌មាន​លម្អិត...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>លាក់​ព័ត៌មាន​លម្អិត...</translation>
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
        <translation>រក្សាទុក​ទាំងអស់</translation>
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
        <translation>បាទ/ចាស សម្រាប់​ទាំងអស់ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ទេ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ទេ សម្រាប់​ទាំងអស់ (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>បញ្ឈប់</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ព្យាយាម​ម្ដងទៀត</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>មិន​អើពើ</translation>
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
        <translation>កំណត់​ឡើងវិញ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ស្ដារ​លំនាំដើម</translation>
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
        <translation>ចម្លង​ទីតាំង​តំណ (&amp;L)</translation>
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
        <translation>ជ្រើស​ទាំងអស់</translation>
    </message>
</context>
<context>
    <name>ReadWorkbooksDialog</name>
    <message>
        <source>Read filled workbooks</source>
        <translation>អាន​សៀវភៅបញ្ជី​ដែល​បាន​បំពេញ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>បាន​បន្ថែម</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>បាន​ផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>មិន​ផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>ក្រឡា</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ធាតុ</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>មាន​ក្នុង​មូលដ្ឋាន​ទិន្នន័យ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ថ្មី</translation>
    </message>
    <message>
        <source>Comment or problem</source>
        <translation>មតិយោបល់ ឬ​បញ្ហា</translation>
    </message>
    <message>
        <source>Read into the database</source>
        <translation>អាន​ចូល​មូលដ្ឋាន​ទិន្នន័យ</translation>
    </message>
    <message>
        <source>Checking the workbooks…</source>
        <translation>កំពុង​ត្រួតពិនិត្យ​សៀវភៅបញ្ជី…</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>បាន​បដិសេធ៖ {reason}</translation>
    </message>
    <message>
        <source>{n} problem(s): nothing of it will be read</source>
        <translation>មាន​បញ្ហា {n}៖ គ្មានអ្វី​ពី​វា​នឹង​ត្រូវ​បាន​អាន​ទេ</translation>
    </message>
    <message>
        <source>No figure filled in</source>
        <translation>គ្មាន​តួលេខ​បាន​បំពេញ</translation>
    </message>
    <message>
        <source>Already read: nothing to change</source>
        <translation>បាន​អាន​រួចហើយ៖ គ្មានអ្វី​ត្រូវ​ផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source> ({n} note(s))</source>
        <translation> (កំណត់សម្គាល់ {n})</translation>
    </message>
    <message>
        <source>Ready to read</source>
        <translation>រួចរាល់​សម្រាប់​អាន</translation>
    </message>
    <message>
        <source>{n} workbook(s) checked: {ready} ready to read, {blocked} with problems or refused. Select a file to see its cells.</source>
        <translation>បាន​ត្រួតពិនិត្យ​សៀវភៅបញ្ជី {n}៖ {ready} រួចរាល់​សម្រាប់​អាន {blocked} មាន​បញ្ហា ឬ​ត្រូវ​បាន​បដិសេធ។ ជ្រើសរើស​ឯកសារ​មួយ ដើម្បី​មើល​ក្រឡា​របស់​វា។</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>{name} was not read</source>
        <translation>{name} មិន​ត្រូវ​បាន​អាន​ទេ</translation>
    </message>
    <message>
        <source>{n} workbook(s) read: {added} value(s) added, {changed} changed. The returns are recorded as received.</source>
        <translation>បាន​អាន​សៀវភៅបញ្ជី {n}៖ បាន​បន្ថែម​តម្លៃ {added} បាន​ផ្លាស់ប្ដូរ {changed}។ របាយការណ៍​ត្រូវ​បាន​កត់ត្រា​ថា​បាន​ទទួល។</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Cannot read {path}: {reason}. Check the file&apos;s name and that you may open it.</source>
        <translation>មិន​អាច​អាន {path} បានទេ៖ {reason}។ សូម​ពិនិត្យ​ឈ្មោះ​ឯកសារ និង​ថា​អ្នក​អាច​បើក​វា​បាន។</translation>
    </message>
    <message>
        <source>{path} is {size} MB, more than the {limit} MB CMDesk reads from one file. Split it into smaller files and import each.</source>
        <translation>{path} មាន​ទំហំ {size} MB ធំជាង {limit} MB ដែល CMDesk អាន​ពី​ឯកសារ​មួយ។ សូម​បំបែក​វា​ជាឯក​សា​រតូចៗ ហើយ​នាំចូល​ម្ដង​មួយ​ៗ។</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>គ្មាន​ឯកសារ​នេះ​ទេ</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>វា​ជា​ថត មិនមែន​ជាឯក​សារ​ទេ</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>គ្មាន​ការអនុញ្ញាត</translation>
    </message>
    <message>
        <source>{path}, line {line}: the file has more than {limit} rows, the most CMDesk reads from one file. Split it into files of fewer rows and import each.</source>
        <translation>{path} បន្ទាត់ {line}៖ ឯកសារ​មាន​ជួរដេក​ច្រើនជាង {limit} ដែល​ជា​ចំនួន​ច្រើន​បំផុត​ដែល CMDesk អាន​ពី​ឯកសារ​មួយ។ សូម​បំបែក​វា​ជាឯក​សារ​ដែល​មាន​ជួរដេក​តិច​ជាង​នេះ ហើយ​នាំចូល​ម្ដង​មួយ​ៗ។</translation>
    </message>
    <message>
        <source>{path} is a zipped file (an Excel workbook?), not a text table. Import the workbook as .xlsx, or save it from Excel as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>{path} ជាឯក​សារ​បង្ហាប់ (សៀវភៅបញ្ជី Excel?) មិនមែន​ជាតា​រាង​អត្ថបទ​ទេ។ សូម​នាំចូល​សៀវភៅបញ្ជី​ជា .xlsx ឬរក្សា​ទុក​វា​ពី Excel ជា &quot;CSV UTF-8 (Comma delimited)&quot;។</translation>
    </message>
    <message>
        <source>{path} is an Excel 97-2003 workbook (.xls), not a text table. In Excel choose File &gt; Save As and save it as .xlsx or as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>{path} ជា​សៀវភៅបញ្ជី Excel 97-2003 (.xls) មិនមែន​ជាតា​រាង​អត្ថបទ​ទេ។ ក្នុង Excel សូម​ជ្រើស File &gt; Save As ហើយ​រក្សាទុក​វា​ជា .xlsx ឬជា &quot;CSV UTF-8 (Comma delimited)&quot;។</translation>
    </message>
    <message>
        <source>{path} is not a text table: a tenth of its bytes are NUL. Save it from Excel as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>{path} មិនមែន​ជាតា​រាង​អត្ថបទ​ទេ៖ មួយ​ភាគ​ដប់​នៃ​បៃ​របស់​វា​ជា NUL។ សូម​រក្សាទុក​វា​ពី Excel ជា &quot;CSV UTF-8 (Comma delimited)&quot;។</translation>
    </message>
    <message>
        <source>{path}, line {line}: the file is not UTF-8 text; it was probably saved in an older encoding, and CMDesk does not guess which (read as Western Windows-1252 this line says &apos;{western}&apos;, as Thai Windows-874 &apos;{thai}&apos;). In Excel choose File &gt; Save As, type &quot;CSV UTF-8 (Comma delimited)&quot;, and import that file.</source>
        <translation>{path} បន្ទាត់ {line}៖ ឯកសារ​នេះ​មិនមែន​ជា​អត្ថបទ UTF-8 ទេ៖ វា​ប្រហែលជា​ត្រូវ​បាន​រក្សាទុក​ជា​ការ​អ៊ិនកូដ​ចាស់ ហើយ CMDesk មិន​ទាយ​ថា​មួយ​ណា​ទេ (អាន​ជា Western Windows-1252 បន្ទាត់​នេះ​ថា &apos;{western}&apos; ជា Thai Windows-874 ថា &apos;{thai}&apos;)។ ក្នុង Excel សូម​ជ្រើស File &gt; Save As ប្រភេទ &quot;CSV UTF-8 (Comma delimited)&quot; ហើយ​នាំចូល​ឯកសារ​នោះ។</translation>
    </message>
    <message>
        <source>{path}, line {line}: the line is not text in the encoding {encoding}.</source>
        <translation>{path} បន្ទាត់ {line}៖ បន្ទាត់​នេះ​មិនមែន​ជា​អត្ថបទ​ក្នុង​ការ​អ៊ិនកូដ {encoding} ទេ។</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>មិន​អាច​អាន {path} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>{path}, after line {line}: the file is not UTF-16 text from there on. Save it from Excel as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>{path} បន្ទាប់ពី​បន្ទាត់ {line}៖ ឯកសារ​នេះ​មិនមែន​ជា​អត្ថបទ UTF-16 ចាប់ពី​ទីនោះ​ទៅ​ទេ។ សូម​រក្សាទុក​វា​ពី Excel ជា &quot;CSV UTF-8 (Comma delimited)&quot;។</translation>
    </message>
    <message>
        <source>{path}, line {opened}: the quote that opens column {column} runs on to line {line}, which looks like a row of its own: a closing quote (&quot;) is probably missing on line {opened}.</source>
        <translation>{path} បន្ទាត់ {opened}៖ សញ្ញា​សម្រង់​ដែល​បើក​ជួរឈរ {column} បន្ត​រហូតដល់​បន្ទាត់ {line} ដែល​មើលទៅដូចជា​ជួរដេក​ផ្ទាល់ខ្លួន៖ ប្រហែលជា​ខ្វះ​សញ្ញា​សម្រង់​បិទ (&quot;) នៅ​បន្ទាត់ {opened}។</translation>
    </message>
    <message>
        <source>{path}, line {opened}: the quoted text that opens column {column} is longer than {limit} characters, Excel&apos;s largest cell: a closing quote (&quot;) is probably missing.</source>
        <translation>{path} បន្ទាត់ {opened}៖ អត្ថបទ​ក្នុង​សញ្ញា​សម្រង់​ដែល​បើក​ជួរឈរ {column} វែង​ជាង {limit} តួអក្សរ ដែល​ជា​ក្រឡា​ធំ​បំផុត​របស់ Excel៖ ប្រហែលជា​ខ្វះ​សញ្ញា​សម្រង់​បិទ (&quot;)។</translation>
    </message>
    <message>
        <source>{path}, line {opened}: the quote that opens column {column} is never closed (the file ends inside it). Add the closing quote (&quot;) on that line, or remove the opening one.</source>
        <translation>{path} បន្ទាត់ {opened}៖ សញ្ញា​សម្រង់​ដែល​បើក​ជួរឈរ {column} មិនដែល​ត្រូវ​បាន​បិទ​ទេ (ឯកសារ​បញ្ចប់​នៅ​ខាងក្នុង​វា)។ សូម​បន្ថែម​សញ្ញា​សម្រង់​បិទ (&quot;) នៅ​បន្ទាត់​នោះ ឬ​ដក​សញ្ញា​បើក​ចេញ។</translation>
    </message>
    <message>
        <source>{path}, line {line}, column {column}: text after the closing quote of a quoted field (&apos;{text}&apos;). Inside quotes, write a quote as two quotes (&quot;&quot;).</source>
        <translation>{path} បន្ទាត់ {line} ជួរឈរ {column}៖ មាន​អត្ថបទ​នៅ​ក្រោយ​សញ្ញា​សម្រង់​បិទ​នៃ​វាល​ក្នុង​សញ្ញា​សម្រង់ (&apos;{text}&apos;)។ នៅក្នុង​សញ្ញា​សម្រង់ សូម​សរសេរ​សញ្ញា​សម្រង់​ជា​ពីរ (&quot;&quot;)។</translation>
    </message>
    <message>
        <source>{path}, line {line}, column {column}: a quote (&quot;) inside the field &apos;{text}&apos;, which does not start with one. Put the whole field in quotes and write the quote twice: &quot;{quoted}&quot;.</source>
        <translation>{path} បន្ទាត់ {line} ជួរឈរ {column}៖ មាន​សញ្ញា​សម្រង់ (&quot;) នៅក្នុង​វាល &apos;{text}&apos; ដែល​មិន​ចាប់ផ្ដើម​ដោយ​សញ្ញា​សម្រង់។ សូម​ដាក់​វាល​ទាំងមូល​ក្នុង​សញ្ញា​សម្រង់ ហើយ​សរសេរ​សញ្ញា​សម្រង់​ពីរ​ដង៖ &quot;{quoted}&quot;។</translation>
    </message>
    <message>
        <source>{encoding} is not an encoding CMDesk knows; give, for example, utf-8 or cp1252.</source>
        <translation>{encoding} មិនមែន​ជា​ការ​អ៊ិនកូដ​ដែល CMDesk ស្គាល់​ទេ៖ សូម​ផ្ដល់ ឧទាហរណ៍ utf-8 ឬ cp1252។</translation>
    </message>
    <message>
        <source>{path}, sheet &apos;{sheet}&apos;</source>
        <translation>{path} សន្លឹក &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>cell {cell}</source>
        <translation>ក្រឡា {cell}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ជួរដេក {row}</translation>
    </message>
    <message>
        <source>{place}: the sheet has more than {limit} rows, the most CMDesk reads from one file. Split it into files of fewer rows and import each.</source>
        <translation>{place}៖ សន្លឹក​នេះ​មាន​ជួរដេក​ច្រើនជាង {limit} ដែល​ជា​ចំនួន​ច្រើន​បំផុត​ដែល CMDesk អាន​ពី​ឯកសារ​មួយ។ សូម​បំបែក​វា​ជាឯក​សារ​ដែល​មាន​ជួរដេក​តិច​ជាង​នេះ ហើយ​នាំចូល​ម្ដង​មួយ​ៗ។</translation>
    </message>
    <message>
        <source>{place}: the sheet is damaged after row {row} ({detail}). Open the file in Excel and save it again.</source>
        <translation>{place}៖ សន្លឹក​នេះ​ខូច​បន្ទាប់ពី​ជួរដេក {row} ({detail})។ សូម​បើក​ឯកសារ​ក្នុង Excel ហើយ​រក្សាទុក​វា​ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{path} is an Excel 97-2003 workbook (.xls). In Excel choose File &gt; Save As and save it as an .xlsx workbook.</source>
        <translation>{path} ជា​សៀវភៅបញ្ជី Excel 97-2003 (.xls)។ ក្នុង Excel សូម​ជ្រើស File &gt; Save As ហើយ​រក្សាទុក​វា​ជា​សៀវភៅបញ្ជី .xlsx។</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx): it is not even a zipped file. Open it in Excel and save it as an .xlsx workbook, or save it as CSV UTF-8.</source>
        <translation>{path} មិនមែន​ជា​សៀវភៅបញ្ជី Excel (.xlsx) ទេ៖ វា​មិនមែន​សូម្បីតែ​ជាឯក​សារ​បង្ហាប់។ សូម​បើក​វា​ក្នុង Excel ហើយ​រក្សាទុក​វា​ជា​សៀវភៅបញ្ជី .xlsx ឬរក្សា​ទុក​វា​ជា CSV UTF-8។</translation>
    </message>
    <message>
        <source>{path} unpacks to {size} MB, more than the {limit} MB CMDesk reads from one workbook. Split it into smaller workbooks.</source>
        <translation>{path} ពន្លា​ចេញ​បាន {size} MB ធំជាង {limit} MB ដែល CMDesk អាន​ពី​សៀវភៅបញ្ជី​មួយ។ សូម​បំបែក​វា​ជា​សៀវភៅ​បញ្ជី​តូច​ៗ។</translation>
    </message>
    <message>
        <source>{path} cannot be read as an Excel workbook ({detail}). Open it in Excel and save it again as an .xlsx workbook, or save it as CSV UTF-8.</source>
        <translation>មិន​អាច​អាន {path} ជា​សៀវភៅបញ្ជី Excel បានទេ ({detail})។ សូម​បើក​វា​ក្នុង Excel ហើយ​រក្សាទុក​វា​ម្ដងទៀត​ជា​សៀវភៅបញ្ជី .xlsx ឬរក្សា​ទុក​វា​ជា CSV UTF-8។</translation>
    </message>
    <message>
        <source>{path} has no worksheet number {n}.</source>
        <translation>{path} គ្មាន​សន្លឹក​កិច្ចការ​លេខ {n} ទេ។</translation>
    </message>
</context>
<context>
    <name>ReceivedDialog</name>
    <message>
        <source>Return received</source>
        <translation>បាន​ទទួល​របាយការណ៍</translation>
    </message>
    <message>
        <source>&lt;b&gt;{source}&lt;/b&gt;&lt;br&gt;{section}, {year}</source>
        <translation>&lt;b&gt;{source}&lt;/b&gt;&lt;br&gt;{section}, {year}</translation>
    </message>
    <message>
        <source>Figures for this return were first entered on {date}.</source>
        <translation>តួលេខ​សម្រាប់​របាយការណ៍​នេះ​ត្រូវ​បាន​បញ្ចូល​ជាលើកដំបូង​នៅ​ថ្ងៃ {date}។</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>បាន​ទទួល​នៅ​ថ្ងៃ៖</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>មិនបាន​ទទួល</translation>
    </message>
    <message>
        <source>Remove the day recorded (and the check).</source>
        <translation>ដក​ថ្ងៃ​ដែល​បាន​កត់ត្រា​ចេញ (និង​ការ​ត្រួតពិនិត្យ)។</translation>
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
        <translation>បាត់បង់​អវយវៈ</translation>
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
        <translation>មិន​ស្គាល់</translation>
    </message>
    <message>
        <source>SRAAP country reporting tracker</source>
        <translation>សៀវភៅ​តាមដាន​ការ​រាយការណ៍​ប្រចាំ​ប្រទេស​នៃ SRAAP</translation>
    </message>
    <message>
        <source>VA update</source>
        <translation>របាយការណ៍​បច្ចុប្បន្នភាព​ជំនួយ​ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Form J (Article 7 report)</source>
        <translation>ទម្រង់ J (របាយការណ៍​មាត្រា ៧)</translation>
    </message>
    <message>
        <source>Provincial summary</source>
        <translation>សេចក្ដីសង្ខេប​ខេត្ត</translation>
    </message>
    <message>
        <source>produce the {document} of {year}</source>
        <translation>បង្កើត{document}នៃ​ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>The provincial summary is made in a provincial office&apos;s database, of its own figures. At headquarters, export the VA update or Form J.</source>
        <translation>សេចក្ដីសង្ខេប​ខេត្ត​ត្រូវ​បាន​បង្កើត​ក្នុង​មូលដ្ឋាន​ទិន្នន័យ​របស់​ការិយាល័យ​ខេត្ត ពី​តួលេខ​របស់​ខ្លួន។ នៅ​ទីស្នាក់ការ​កណ្ដាល សូម​នាំចេញ​របាយការណ៍​បច្ចុប្បន្នភាព ឬ​ទម្រង់ J។</translation>
    </message>
    <message>
        <source>Unknown document &apos;{kind}&apos;: choose one of {kinds}.</source>
        <translation>ឯកសារ​ដែល​មិន​ស្គាល់ &apos;{kind}&apos;៖ សូម​ជ្រើស​មួយ​ក្នុងចំណោម {kinds}។</translation>
    </message>
    <message>
        <source>{path}: give a file name ending in .xlsx (Excel), .pdf or .docx (Word); &apos;{suffix}&apos; is not a format CMDesk writes.</source>
        <translation>{path}៖ សូម​ផ្ដល់​ឈ្មោះ​ឯកសារ​ដែល​បញ្ចប់​ដោយ .xlsx (Excel), .pdf ឬ .docx (Word)៖ &apos;{suffix}&apos; មិនមែន​ជា​ទម្រង់​ដែល CMDesk សរសេរ​ទេ។</translation>
    </message>
    <message>
        <source>{path}: the {document} is written as {formats}, not as .{format}.</source>
        <translation>{path}៖ {document} ត្រូវ​បាន​សរសេរជា {formats} មិនមែន​ជា .{format} ទេ។</translation>
    </message>
    <message>
        <source>Unknown format &apos;{format}&apos; for {kind}: choose one of {formats}.</source>
        <translation>ទម្រង់​ដែល​មិន​ស្គាល់ &apos;{format}&apos; សម្រាប់ {kind}៖ សូម​ជ្រើស​មួយ​ក្នុងចំណោម {formats}។</translation>
    </message>
    <message>
        <source>Only the VA update and the provincial summary are written in Khmer, for national use; the other documents go to the Convention in English.</source>
        <translation>មានតែ​របាយការណ៍​បច្ចុប្បន្នភាព​ជំនួយ​ជនរងគ្រោះ និង​សេចក្ដីសង្ខេប​ខេត្ត​ប៉ុណ្ណោះ ដែល​ត្រូវ​បាន​សរសេរជា​ភាសាខ្មែរ សម្រាប់​ប្រើប្រាស់​ក្នុង​ប្រទេស៖ ឯកសារ​ផ្សេងទៀត​ត្រូវ​បាន​ផ្ញើ​ទៅ​អនុសញ្ញា​ជា​ភាសាអង់គ្លេស។</translation>
    </message>
    <message>
        <source>{office}&apos;s database cannot {what}: only headquarters signs off a year and produces the documents to the Convention. Send this database&apos;s data to headquarters, and export the year&apos;s provincial summary here instead.</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​របស់ {office} មិន​អាច{what}បានទេ៖ មានតែ​ទីស្នាក់ការ​កណ្ដាល​ប៉ុណ្ណោះ​ដែល​អនុម័ត​ឆ្នាំ និង​បង្កើត​ឯកសារ​ជូន​អនុសញ្ញា។ សូម​ផ្ញើ​ទិន្នន័យ​របស់​មូលដ្ឋាន​ទិន្នន័យ​នេះ​ទៅ​ទីស្នាក់ការ​កណ្ដាល ហើយ​នាំចេញ​សេចក្ដីសង្ខេប​ខេត្ត​របស់​ឆ្នាំ​នៅ​ទីនេះ​ជំនួស​វិញ។</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>គ្មាន​កន្ទុយ​ឯកសារ</translation>
    </message>
    <message>
        <source>{year} has {n} error(s) in its figures (first: {first}). Correct them, or export a draft (--draft); every page is then marked DRAFT.</source>
        <translation>ឆ្នាំ {year} មាន​កំហុស {n} ក្នុង​តួលេខ​របស់​វា (ទីមួយ៖ {first})។ សូម​កែ​វា ឬ​នាំចេញ​ជា​សេចក្ដីព្រាង (--draft)៖ ទំព័រ​នី​មួយ​ៗ​នឹង​ត្រូវ​បាន​សម្គាល់ថា សេចក្ដីព្រាង (DRAFT)។</translation>
    </message>
    <message>
        <source>Reading the figures</source>
        <translation>កំពុង​អាន​តួលេខ</translation>
    </message>
    <message>
        <source>{state}: Article 7 report, Form J</source>
        <translation>{state}៖ របាយការណ៍​មាត្រា ៧ ទម្រង់ J</translation>
    </message>
    <message>
        <source>Form J: Other relevant matters</source>
        <translation>ទម្រង់ J៖ បញ្ហា​ពាក់ព័ន្ធ​ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Updated information provided in accordance with Article 7, paragraph 2 of the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction, submitted {date}, covering the period {period}.</source>
        <translation>ព័ត៌មាន​បច្ចុប្បន្នភាព​ដែល​បាន​ផ្ដល់​ស្របតាម​មាត្រា ៧ កថាខណ្ឌ ២ នៃ​អនុសញ្ញា​ស្ដីពី​ការ​ហាមឃាត់​ការប្រើ​ប្រាស់ ការ​ស្តុក​ទុក ការផលិត និង​ការផ្ទេរ​មីន​ប្រឆាំង​មនុស្ស និង​ស្ដីពី​ការបំផ្លាញ​មីន​ទាំងនោះ ដាក់​ជូន​នៅ​ថ្ងៃ {date} គ្របដណ្ដប់​លើ​រយៈពេល {period}។</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>ចំណុច​ទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>State</source>
        <translation>រដ្ឋ</translation>
    </message>
    <message>
        <source>1. Victim assistance</source>
        <translation>១. ជំនួយ​ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>In answer to the Committee&apos;s request (&quot;{request}&quot;): {answer}</source>
        <translation>ឆ្លើយតប​នឹង​សំណើ​របស់​គណៈកម្មាធិការ (&quot;{request}&quot;)៖ {answer}</translation>
    </message>
    <message>
        <source>Figures: annex, table(s) {refs}.</source>
        <translation>តួលេខ៖ ឧប​សម្ព័ន្ធ តារាង {refs}។</translation>
    </message>
    <message>
        <source>2. International cooperation and assistance</source>
        <translation>២. កិច្ច​សហប្រតិបត្តិ​ការ និង​ជំនួយ​អន្តរជាតិ</translation>
    </message>
    <message>
        <source>National budget for victim assistance (US$)</source>
        <translation>ថវិកាជាតិ​សម្រាប់​ជំនួយ​ជនរងគ្រោះ (US$)</translation>
    </message>
    <message>
        <source>International cooperation and assistance received (US$)</source>
        <translation>កិច្ច​សហប្រតិបត្តិ​ការ និង​ជំនួយ​អន្តរជាតិ​ដែល​បាន​ទទួល (US$)</translation>
    </message>
    <message>
        <source>of which earmarked (US$)</source>
        <translation>ក្នុង​នោះ​កំណត់​គោលដៅ (US$)</translation>
    </message>
    <message>
        <source>International cooperation and assistance received in {year}, by funder</source>
        <translation>កិច្ច​សហប្រតិបត្តិ​ការ និង​ជំនួយ​អន្តរជាតិ​ដែល​បាន​ទទួល​ក្នុង​ឆ្នាំ {year} តាម​ម្ចាស់​មូលនិធិ</translation>
    </message>
    <message>
        <source>National resources in {year}</source>
        <translation>ធនធាន​ជាតិ​ក្នុង​ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>Annex: tables</source>
        <translation>ឧប​សម្ព័ន្ធ៖ តារាង</translation>
    </message>
    <message>
        <source>DEMO data: not for submission</source>
        <translation>ទិន្នន័យ​សាកល្បង៖ មិនមែន​សម្រាប់​ដាក់​ជូន​ទេ</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>ទំព័រ {page} នៃ {pages}</translation>
    </message>
    <message>
        <source>1 January {year} to 31 December {year}</source>
        <translation>ថ្ងៃទី ១ ខែមករា ឆ្នាំ {year} ដល់​ថ្ងៃទី ៣១ ខែធ្នូ ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>មន្ត្រី​ទំនាក់ទំនង</translation>
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
        <source>By sex and age</source>
        <translation>តាម​ភេទ និង​អាយុ</translation>
    </message>
    <message>
        <source>By device type</source>
        <translation>តាម​ប្រភេទ​គ្រាប់</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>តាម​ស្ថានភាព</translation>
    </message>
    <message>
        <source>Casualties of mines and explosive remnants of war</source>
        <translation>ជនរងគ្រោះ​ដោយ​មីន និង​សំណល់​ជាតិផ្ទុះ​ពី​សង្គ្រាម</translation>
    </message>
    <message>
        <source>Casualties recorded in the register</source>
        <translation>ជនរងគ្រោះ​ដែល​បាន​កត់ត្រា​ក្នុង​បញ្ជី</translation>
    </message>
    <message>
        <source>Killed, injured and lost limbs are separate groups: &quot;injured&quot; counts survivors without an amputation.</source>
        <translation>ស្លាប់ របួស និង​បាត់បង់​អវយវៈ ជា​ក្រុម​ដាច់ដោយឡែក​ពីគ្នា៖ «របួស» រាប់​អ្នក​រស់រាន​មានជីវិត​ដែល​មិនបាន​កាត់​អវយវៈ។</translation>
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
        <translation>ក្នុង​នោះ៖ {part}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>Total of the types above</source>
        <translation>សរុប​នៃ​ប្រភេទ​ខាងលើ</translation>
    </message>
    <message>
        <source>Total as stated by the source</source>
        <translation>សរុប​តាម​ការប្រកាស​របស់​ប្រភព</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>មិនបាន​កត់ត្រា</translation>
    </message>
    <message>
        <source>Since records began ({first}-{year})</source>
        <translation>ចាប់តាំងពី​ចាប់ផ្ដើម​កត់ត្រា ({first}-{year})</translation>
    </message>
    <message>
        <source>The register holds no casualty record for {year}: its figures are not recorded, not zero.</source>
        <translation>បញ្ជី​គ្មាន​កំណត់ត្រា​ជនរងគ្រោះ​សម្រាប់​ឆ្នាំ {year} ទេ៖ តួលេខ​របស់​វា​មិនបាន​កត់ត្រា មិនមែន​សូន្យ​ទេ។</translation>
    </message>
    <message>
        <source>National budget (US$)</source>
        <translation>ថវិកាជាតិ (US$)</translation>
    </message>
    <message>
        <source>International funding (US$)</source>
        <translation>មូលនិធិ​អន្តរជាតិ (US$)</translation>
    </message>
    <message>
        <source>Total (US$)</source>
        <translation>សរុប (US$)</translation>
    </message>
    <message>
        <source>Funding for victim assistance in {year}</source>
        <translation>មូលនិធិ​សម្រាប់​ជំនួយ​ជនរងគ្រោះ​ក្នុង​ឆ្នាំ {year}</translation>
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
        <translation>ម្ចាស់​មូលនិធិ</translation>
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
        <translation>ចំនួន​ទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>រូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Rate to US$</source>
        <translation>អត្រា​ទៅ​ដុល្លារ​អាមេរិក</translation>
    </message>
    <message>
        <source>Amount (US$)</source>
        <translation>ចំនួន​ទឹកប្រាក់ (US$)</translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation>កំណត់​គោលដៅ</translation>
    </message>
    <message>
        <source>Action {number}: {theme}</source>
        <translation>សកម្មភាព​ទី {number}៖ {theme}</translation>
    </message>
    <message>
        <source>Answer to the Committee: {answer}</source>
        <translation>ចម្លើយ​ជូន​គណៈកម្មាធិការ៖ {answer}</translation>
    </message>
    <message>
        <source>Indicator {code} ({status}): {text}</source>
        <translation>សូចនាករ {code} ({status})៖ {text}</translation>
    </message>
    <message>
        <source>The Committee&apos;s request: {request}</source>
        <translation>សំណើ​របស់​គណៈកម្មាធិការ៖ {request}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>ចម្លើយ៖ {answer}</translation>
    </message>
    <message>
        <source>{state} has no further information to report on this request for {year}.</source>
        <translation>{state} គ្មាន​ព័ត៌មាន​បន្ថែម​ដើម្បី​រាយការណ៍​អំពី​សំណើ​នេះ​សម្រាប់​ឆ្នាំ {year} ទេ។</translation>
    </message>
    <message>
        <source>{state}: victim assistance update</source>
        <translation>{state}៖ របាយការណ៍​បច្ចុប្បន្នភាព​ជំនួយ​ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Victim assistance update: {state}</source>
        <translation>របាយការណ៍​បច្ចុប្បន្នភាព​ជំនួយ​ជនរងគ្រោះ៖ {state}</translation>
    </message>
    <message>
        <source>Progress in implementing the victim assistance actions of the Siem Reap-Angkor Action Plan, for the Committee on Victim Assistance.</source>
        <translation>វឌ្ឍនភាព​ក្នុង​ការអនុវត្ត​សកម្មភាព​ជំនួយ​ជនរងគ្រោះ​នៃ​ផែនការ​សកម្មភាព​សៀមរាប-អង្គរ សម្រាប់​គណៈកម្មាធិការ​ជំនួយ​ជនរងគ្រោះ។</translation>
    </message>
    <message>
        <source>{office}: provincial summary</source>
        <translation>{office}៖ សេចក្ដីសង្ខេប​ខេត្ត</translation>
    </message>
    <message>
        <source>{office}: summary of {year}</source>
        <translation>{office}៖ សេចក្ដីសង្ខេប​នៃ​ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>ការិយាល័យ</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>រយៈពេល​គ្របដណ្ដប់</translation>
    </message>
    <message>
        <source>The figures entered in this office&apos;s database, for headquarters, which compiles the national figures and the reports to the Convention.</source>
        <translation>តួលេខ​ដែល​បាន​បញ្ចូល​ក្នុង​មូលដ្ឋាន​ទិន្នន័យ​របស់​ការិយាល័យ​នេះ សម្រាប់​ទីស្នាក់ការ​កណ្ដាល ដែល​ចងក្រង​តួលេខ​ជាតិ និង​របាយការណ៍​ជូន​អនុសញ្ញា។</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <source>Assistive devices</source>
        <translation>ឧបករណ៍​ជំនួយ</translation>
    </message>
    <message>
        <source>Nothing is entered for {year} in this database yet.</source>
        <translation>មិនទាន់​មាន​អ្វី​បាន​បញ្ចូល​សម្រាប់​ឆ្នាំ {year} ក្នុង​មូលដ្ឋាន​ទិន្នន័យ​នេះ​នៅឡើយ​ទេ។</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Victim assistance actions</source>
        <translation>សកម្មភាព​ជំនួយ​ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Cross-cutting actions</source>
        <translation>សកម្មភាព​ឆ្លង​វិស័យ</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>ទំព័រ &amp;P នៃ &amp;N</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>ទំព័រ {page} នៃ {pages}</translation>
    </message>
    <message>
        <source>DRAFT: not for submission</source>
        <translation>សេចក្ដីព្រាង៖ មិនមែន​សម្រាប់​ដាក់​ជូន​ទេ</translation>
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
        <translation>PDF រួចរាល់​សម្រាប់​បោះពុម្ព (.pdf)</translation>
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
        <source>In Khmer, for national use (the Committee receives the English one)</source>
        <translation>ជា​ភាសាខ្មែរ សម្រាប់​ប្រើប្រាស់​ក្នុង​ប្រទេស (គណៈកម្មាធិការ​ទទួល​ច្បាប់​ភាសាអង់គ្លេស)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>នាំចេញ…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>បើក​ថត</translation>
    </message>
    <message>
        <source>Submission details (printed on the documents&apos; cover)</source>
        <translation>ព័ត៌មាន​លម្អិត​នៃ​ការ​ដាក់​ជូន (បោះពុម្ព​លើ​ក្រដាស​គម្រប​នៃ​ឯកសារ)</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>មន្ត្រី​ទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>e.g. Cambodian Mine Action and Victim Assistance Authority</source>
        <translation>ឧ. អាជ្ញាធរ​កម្ពុជា​សកម្មភាព​កំចាត់​មីន និង​ជំនួយ​ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>ឈ្មោះ​អ្នក​ទំនាក់ទំនង</translation>
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
        <translation>កាលបរិច្ឆេទ​ដាក់​ជូន</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>YYYY-MM-DD ឬ DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>រក្សាទុក​ព័ត៌មាន​លម្អិត</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>Word document, to edit and approve (.docx)</source>
        <translation>ឯកសារ Word សម្រាប់​កែសម្រួល និង​អនុម័ត (.docx)</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ​បើក​សម្រាប់​តែ​អាន។</translation>
    </message>
    <message>
        <source>Submitted: these details are kept as they were sent.</source>
        <translation>បាន​ដាក់​ជូន៖ ព័ត៌មាន​លម្អិត​ទាំងនេះ​ត្រូវ​បាន​រក្សាទុក​ដូចដែល​បាន​ផ្ញើ។</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>មិនទាន់​បាន​រក្សាទុក។</translation>
    </message>
    <message>
        <source>Submission details not saved</source>
        <translation>មិនបាន​រក្សាទុក​ព័ត៌មាន​លម្អិត​នៃ​ការ​ដាក់​ជូន​ទេ</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>បាន​រក្សាទុក។</translation>
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
        <source>Word documents (*.docx)</source>
        <translation>ឯកសារ Word (*.docx)</translation>
    </message>
    <message>
        <source>Export {document}</source>
        <translation>នាំចេញ {document}</translation>
    </message>
    <message>
        <source>Not exported: {year} has {n} error(s) in its figures. Correct them on the entry pages, or export a draft.</source>
        <translation>មិនបាន​នាំចេញ៖ ឆ្នាំ {year} មាន​កំហុស {n} ក្នុង​តួលេខ​របស់​វា។ សូម​កែ​វា​នៅ​លើ​ទំព័រ​បញ្ចូល ឬ​នាំចេញ​ជា​សេចក្ដីព្រាង។</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>ការនាំចេញ​ត្រូវ​បាន​បោះបង់៖ គ្មាន​ឯកសារ​ណា​ត្រូវ​បាន​សរសេរ​ទេ។</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>មិនបាន​នាំចេញ</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>មិន​អាច​សរសេរ {path} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>{document} of {year}, as submitted on {date} by {who}, written to {path}.</source>
        <translation>{document} នៃ​ឆ្នាំ {year} ដូចដែល​បាន​ដាក់​ជូន​នៅ​ថ្ងៃ {date} ដោយ {who} ត្រូវ​បាន​សរសេរ​ទៅ {path}។</translation>
    </message>
    <message>
        <source>{document} of {year} written as a DRAFT to {path}.</source>
        <translation>{document} នៃ​ឆ្នាំ {year} ត្រូវ​បាន​សរសេរជា​សេចក្ដីព្រាង​ទៅ {path}។</translation>
    </message>
    <message>
        <source>{document} of {year} written to {path}.</source>
        <translation>{document} នៃ​ឆ្នាំ {year} ត្រូវ​បាន​សរសេរ​ទៅ {path}។</translation>
    </message>
    <message>
        <source>Writing {document}…</source>
        <translation>កំពុង​សរសេរ {document}…</translation>
    </message>
    <message>
        <source>Export as DRAFT?</source>
        <translation>នាំចេញ​ជា​សេចក្ដីព្រាង​ឬ?</translation>
    </message>
    <message>
        <source>{year} has {n} error(s) in its figures, for example:

{first}

Export as DRAFT? Every page and sheet is then marked DRAFT.</source>
        <translation>ឆ្នាំ {year} មាន​កំហុស {n} ក្នុង​តួលេខ​របស់​វា ឧទាហរណ៍៖

{first}

នាំចេញ​ជា​សេចក្ដីព្រាង​ឬ? ទំព័រ និង​សន្លឹក​នី​មួយ​ៗ​នឹង​ត្រូវ​បាន​សម្គាល់ថា សេចក្ដីព្រាង (DRAFT)។</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>ស្ដារ​ពី​ច្បាប់​បម្រុងទុក</translation>
    </message>
    <message>
        <source>Restoring replaces everything in {name} with the backup&apos;s content. The current content is backed up first, so a restore can itself be undone.</source>
        <translation>ការ​ស្ដារ​ជំនួស​អ្វី​ៗ​ទាំងអស់​ក្នុង {name} ដោយ​ខ្លឹមសារ​របស់​ច្បាប់​បម្រុងទុក។ ខ្លឹមសារ​បច្ចុប្បន្ន​ត្រូវ​បាន​បម្រុងទុក​ជាមុន​សិន ដូច្នេះ​ការ​ស្ដារ​ខ្លួន​វា​ផ្ទាល់​អាច​ត្រូវ​បាន​មិនធ្វើវិញ​បាន។</translation>
    </message>
    <message>
        <source>{when}  ({reason})</source>
        <translation>{when}  ({reason})</translation>
    </message>
    <message>
        <source>No automatic backups yet.</source>
        <translation>មិនទាន់​មានច្បាប់​បម្រុងទុក​ស្វ័យប្រវត្តិ​នៅឡើយ​ទេ។</translation>
    </message>
    <message>
        <source>Choose another backup file…</source>
        <translation>ជ្រើស​ឯកសារ​បម្រុងទុក​ផ្សេងទៀត…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ស្ដារ</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>ជ្រើស​ច្បាប់​បម្រុងទុក</translation>
    </message>
    <message>
        <source>CMDesk databases (*.cmdesk);;All files (*)</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ CMDesk (*.cmdesk);;ឯកសារ​ទាំងអស់ (*)</translation>
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
        <translation>បាន​ត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>បាន​ដាក់​ជូន</translation>
    </message>
    <message>
        <source>A change received from another office waits for a person&apos;s choice: keep this database&apos;s value or take the other office&apos;s.</source>
        <translation>ការផ្លាស់ប្ដូរ​ដែល​បាន​ទទួល​ពី​ការិយាល័យ​ផ្សេង កំពុង​រង់ចាំ​ជម្រើស​របស់​មនុស្ស៖ រក្សា​តម្លៃ​របស់​មូលដ្ឋាន​ទិន្នន័យ​នេះ ឬ​យក​តម្លៃ​របស់​ការិយាល័យ​ផ្សេង​នោះ។</translation>
    </message>
    <message>
        <source>Conflict {key} with {office}: {table} {row}, {field} (here {mine!r}, there {theirs!r}).</source>
        <translation>ជម្លោះ {key} ជាមួយ {office}៖ {table} {row}, {field} (នៅ​ទីនេះ {mine!r} នៅ​ទីនោះ {theirs!r})។</translation>
    </message>
    <message>
        <source>{path} is open read-only: a year&apos;s status cannot be changed.</source>
        <translation>{path} បើក​សម្រាប់​តែ​អាន៖ មិន​អាច​ផ្លាស់ប្ដូរ​ស្ថានភាព​របស់​ឆ្នាំ​បានទេ។</translation>
    </message>
    <message>
        <source>{year} cannot be {action}: it has {n} unacknowledged error(s). Correct them, or acknowledge them with a reason, then try again. First: {first}</source>
        <translation>មិន​អាច{action}ឆ្នាំ {year} បានទេ៖ វា​មាន​កំហុស {n} ដែល​មិនទាន់​ទទួលស្គាល់។ សូម​កែ​វា ឬ​ទទួលស្គាល់​វា​ដោយមាន​មូលហេតុ រួច​ព្យាយាម​ម្ដងទៀត។ ទីមួយ៖ {first}</translation>
    </message>
    <message>
        <source>Indicator {indicator}: the Committee&apos;s request has no answer, and the documents leave it out: &quot;{request}&quot;</source>
        <translation>សូចនាករ {indicator}៖ សំណើ​របស់​គណៈកម្មាធិការ​គ្មាន​ចម្លើយ ហើយ​ឯកសារ​ទុក​វា​ចោល៖ &quot;{request}&quot;</translation>
    </message>
    <message>
        <source>{source}: the {section} return, due {due}, has not arrived.</source>
        <translation>{source}៖ របាយការណ៍{section} ដែល​ផុតកំណត់ {due} មិនទាន់​មកដល់​ទេ។</translation>
    </message>
    <message>
        <source>{action}: no narrative and no figures; the section is left out of the VA update and Form J.</source>
        <translation>{action}៖ គ្មាន​សេចក្ដី​រៀបរាប់ និង​គ្មាន​តួលេខ៖ ផ្នែក​នេះ​ត្រូវ​បាន​ទុកចោល​ពីរ​បាយ​ការណ៍​បច្ចុប្បន្នភាព និង​ទម្រង់ J។</translation>
    </message>
    <message>
        <source>mark {year} as checked</source>
        <translation>សម្គាល់​ឆ្នាំ {year} ថា​បាន​ត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>{year} is already marked as checked.</source>
        <translation>ឆ្នាំ {year} ត្រូវ​បាន​សម្គាល់ថា​បាន​ត្រួតពិនិត្យ​រួចហើយ។</translation>
    </message>
    <message>
        <source>marked as checked</source>
        <translation>សម្គាល់ថា​បាន​ត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>submit {year}</source>
        <translation>ដាក់​ជូន​ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>ដាក់​ជូន</translation>
    </message>
    <message>
        <source>checked on submission</source>
        <translation>បាន​ត្រួតពិនិត្យ​នៅពេល​ដាក់​ជូន</translation>
    </message>
    <message>
        <source>{year} is a draft already: there is nothing to reopen.</source>
        <translation>ឆ្នាំ {year} ជា​សេចក្ដីព្រាង​រួចហើយ៖ គ្មានអ្វី​ត្រូវ​បើក​ឡើងវិញ​ទេ។</translation>
    </message>
    <message>
        <source>Give the reason for reopening {year} (it is kept in the audit log), for example: the Committee asked to correct the PRC figures.</source>
        <translation>សូម​ផ្ដល់​មូលហេតុ​សម្រាប់​ការ​បើក​ឆ្នាំ {year} ឡើងវិញ (វា​ត្រូវ​បាន​រក្សាទុក​ក្នុង​កំណត់ហេតុ​សវនកម្ម) ឧទាហរណ៍៖ គណៈកម្មាធិការ​បាន​ស្នើ​ឱ្យ​កែ​តួលេខ​មជ្ឈមណ្ឌល​ស្ដារ​នីតិសម្បទា។</translation>
    </message>
    <message>
        <source>{folder} is not a folder. Choose an existing folder to save the documents in.</source>
        <translation>{folder} មិនមែន​ជា​ថត​ទេ។ សូម​ជ្រើស​ថត​ដែល​មានស្រាប់ ដើម្បី​រក្សាទុក​ឯកសារ។</translation>
    </message>
    <message>
        <source>{folder} has files of the same names already: {names}. Choose another folder, or replace them.</source>
        <translation>{folder} មាន​ឯកសារ​ដែល​មានឈ្មោះ​ដូចគ្នា​រួចហើយ៖ {names}។ សូម​ជ្រើស​ថត​ផ្សេង ឬ​ជំនួស​វា។</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshots of {year}</source>
        <translation>ច្បាប់​ថត​ទុក​នៃ​ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>A snapshot is kept each time {year} is submitted: its figures, funding lines, casualty records, narratives and submission details, with the documents that were sent. Choose one to see what changed since, in today&apos;s data or in a later snapshot.</source>
        <translation>ច្បាប់​ថត​ទុក​មួយ​ត្រូវ​បាន​រក្សាទុក​រាល់ពេល​ឆ្នាំ {year} ត្រូវ​បាន​ដាក់​ជូន៖ តួលេខ ជួរ​មូលនិធិ កំណត់ត្រា​ជនរងគ្រោះ សេចក្ដី​រៀបរាប់ និង​ព័ត៌មាន​លម្អិត​នៃ​ការ​ដាក់​ជូន​របស់​វា ជាមួយ​ឯកសារ​ដែល​បាន​ផ្ញើ។ សូម​ជ្រើស​មួយ ដើម្បី​មើល​អ្វី​ដែល​បាន​ផ្លាស់ប្ដូរ​តាំងពី​ពេលនោះ ក្នុង​ទិន្នន័យ​ថ្ងៃនេះ ឬ​ក្នុង​ច្បាប់​ថត​ទុ​ក​ក្រោយ​ៗ។</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>ច្បាប់​ថត​ទុក</translation>
    </message>
    <message>
        <source>Save documents…</source>
        <translation>រក្សាទុក​ឯកសារ…</translation>
    </message>
    <message>
        <source>Write the documents this snapshot kept, as they were sent, into a folder.</source>
        <translation>សរសេរ​ឯកសារ​ដែល​ច្បាប់​ថត​ទុក​នេះ​បាន​រក្សាទុក ដូចដែល​បាន​ផ្ញើ ទៅ​ក្នុង​ថត​មួយ។</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>ប្រៀបធៀប​ជាមួយ៖</translation>
    </message>
    <message>
        <source>Show personal details</source>
        <translation>បង្ហាញ​ព័ត៌មាន​ផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>Casualty records&apos; names, villages and coordinates are personal data: shown only when asked for.</source>
        <translation>ឈ្មោះ ភូមិ និង​កូអរដោនេ​របស់​កំណត់ត្រា​ជនរងគ្រោះ គឺជា​ទិន្នន័យ​ផ្ទាល់ខ្លួន៖ បង្ហាញ​តែ​ពេល​ដែល​បាន​ស្នើសុំ​ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>{at}  ·  {who}</source>
        <translation>{at}  ·  {who}</translation>
    </message>
    <message>
        <source>{snapshot}  (latest)</source>
        <translation>{snapshot}  (ចុងក្រោយ​បំផុត)</translation>
    </message>
    <message>
        <source>Snapshot {id}</source>
        <translation>ច្បាប់​ថត​ទុក {id}</translation>
    </message>
    <message>
        <source>{year} has no snapshot yet: one is kept when the year is submitted.</source>
        <translation>ឆ្នាំ {year} មិនទាន់​មានច្បាប់​ថត​ទុក​ទេ៖ មួយ​ត្រូវ​បាន​រក្សាទុក​នៅពេល​ឆ្នាំនេះ​ត្រូវ​បាន​ដាក់​ជូន។</translation>
    </message>
    <message>
        <source>Documents kept: {names}</source>
        <translation>ឯកសារ​ដែល​បាន​រក្សាទុក៖ {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>Today&apos;s data</source>
        <translation>ទិន្នន័យ​ថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>The snapshot of {at} ({who})</source>
        <translation>ច្បាប់​ថត​ទុក​នៃ {at} ({who})</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>មិន​អាច​ប្រៀបធៀប​បានទេ</translation>
    </message>
    <message>
        <source>the snapshot of {at} ({who})</source>
        <translation>ច្បាប់​ថត​ទុក​នៃ {at} ({who})</translation>
    </message>
    <message>
        <source>today&apos;s data</source>
        <translation>ទិន្នន័យ​ថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>Nothing changed between {older} and {newer}.</source>
        <translation>គ្មានអ្វី​បាន​ផ្លាស់ប្ដូរ​រវាង {older} និង {newer} ទេ។</translation>
    </message>
    <message>
        <source>From {older} to {newer}: {n} row(s) changed ({counts}).</source>
        <translation>ពី {older} ដល់ {newer}៖ ជួរដេក {n} បាន​ផ្លាស់ប្ដូរ ({counts})។</translation>
    </message>
    <message>
        <source>Save the documents of {year} as submitted</source>
        <translation>រក្សាទុក​ឯកសារ​នៃ​ឆ្នាំ {year} ដូចដែល​បាន​ដាក់​ជូន</translation>
    </message>
    <message>
        <source>Documents not saved</source>
        <translation>មិនបាន​រក្សាទុក​ឯកសារ​ទេ</translation>
    </message>
    <message>
        <source>Cannot write into {folder}: {reason}.</source>
        <translation>មិន​អាច​សរសេរ​ចូល​ទៅ​ក្នុង {folder} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>{n} document(s) saved in {folder}.</source>
        <translation>បាន​រក្សាទុក​ឯកសារ {n} ក្នុង {folder}។</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>ជំនួស​ឯកសារ​ឬ?</translation>
    </message>
    <message>
        <source>The folder has files of the same names already:
{names}

Replace them?</source>
        <translation>ថត​នេះ​មាន​ឯកសារ​ដែល​មានឈ្មោះ​ដូចគ្នា​រួចហើយ៖
{names}

ជំនួស​វា​ឬ?</translation>
    </message>
</context>
<context>
    <name>SraapPage</name>
    <message>
        <source>Import the Committee&apos;s requests…</source>
        <translation>នាំចូល​សំណើ​របស់​គណៈកម្មាធិការ…</translation>
    </message>
    <message>
        <source>Read the Committee&apos;s requests from its SRAAP country reporting tracker (xlsx), into the selected year.</source>
        <translation>អាន​សំណើ​របស់​គណៈកម្មាធិការ​ពី​សៀវភៅ​តាមដាន​ការ​រាយការណ៍​ប្រចាំ​ប្រទេស​នៃ SRAAP របស់​ខ្លួន (xlsx) ចូល​ទៅ​ក្នុង​ឆ្នាំ​ដែល​បាន​ជ្រើស។</translation>
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
        <source>Committee</source>
        <translation>គណៈកម្មាធិការ</translation>
    </message>
    <message>
        <source>Marked where the Committee made a request the year&apos;s report must answer</source>
        <translation>សម្គាល់​នៅកន្លែង​ដែល​គណៈកម្មាធិការ​បាន​ធ្វើ​សំណើ​ដែល​របាយការណ៍​របស់​ឆ្នាំ​ត្រូវ​ឆ្លើយ</translation>
    </message>
    <message>
        <source>The State&apos;s narrative</source>
        <translation>សេចក្ដី​រៀបរាប់​របស់​រដ្ឋ</translation>
    </message>
    <message>
        <source>Sentences drafted from the year&apos;s figures</source>
        <translation>ប្រយោគ​ដែល​បាន​ព្រាង​ពី​តួលេខ​របស់​ឆ្នាំ</translation>
    </message>
    <message>
        <source>The Committee&apos;s request</source>
        <translation>សំណើ​របស់​គណៈកម្មាធិការ</translation>
    </message>
    <message>
        <source>The State&apos;s answer</source>
        <translation>ចម្លើយ​របស់​រដ្ឋ</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>មិន​ធ្វើការ​ផ្លាស់ប្ដូរ​វិញ</translation>
    </message>
    <message>
        <source>Show the indicator as it was last saved.</source>
        <translation>បង្ហាញ​សូចនាករ​ដូចដែល​បាន​រក្សាទុក​ចុងក្រោយ។</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>SRAAP &amp; narrative</source>
        <translation>SRAAP និង​សេចក្ដី​រៀបរាប់</translation>
    </message>
    <message>
        <source>Cannot read the narratives</source>
        <translation>មិន​អាច​អាន​សេចក្ដី​រៀបរាប់​បានទេ</translation>
    </message>
    <message>
        <source>Action {n}: {theme}</source>
        <translation>សកម្មភាព​ទី {n}៖ {theme}</translation>
    </message>
    <message>
        <source>{action} (cross-cutting)</source>
        <translation>{action} (ឆ្លង​វិស័យ)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>សំណើ</translation>
    </message>
    <message>
        <source>The Committee&apos;s request: {request}</source>
        <translation>សំណើ​របស់​គណៈកម្មាធិការ៖ {request}</translation>
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
        <translation>មូលដ្ឋាន​ទិន្នន័យ​បើក​សម្រាប់​តែ​អាន។</translation>
    </message>
    <message>
        <source>{year} is submitted: reopen it to change its narratives.</source>
        <translation>ឆ្នាំ {year} ត្រូវ​បាន​ដាក់​ជូន៖ សូម​បើក​វា​ឡើងវិញ ដើម្បី​ផ្លាស់ប្ដូរ​សេចក្ដី​រៀបរាប់​របស់​វា។</translation>
    </message>
    <message>
        <source>{figure}: {old} → {new}</source>
        <translation>{figure}៖ {old} → {new}</translation>
    </message>
    <message>
        <source>no longer entered</source>
        <translation>លែង​បាន​បញ្ចូល​ទៀតហើយ</translation>
    </message>
    <message>
        <source>Out of date: the narrative states figures that have changed since it was written.</source>
        <translation>ហួសសម័យ៖ សេចក្ដី​រៀបរាប់​បញ្ជាក់​តួលេខ​ដែល​បាន​ផ្លាស់ប្ដូរ​តាំងពី​វា​ត្រូវ​បាន​សរសេរ។</translation>
    </message>
    <message>
        <source>None for this indicator: no figure of the year belongs to it.</source>
        <translation>គ្មាន​សម្រាប់​សូចនាករ​នេះ​ទេ៖ គ្មាន​តួលេខ​ណាមួយ​របស់​ឆ្នាំ​ជា​កម្មសិទ្ធិ​របស់​វា​ទេ។</translation>
    </message>
    <message>
        <source>Use this sentence</source>
        <translation>ប្រើ​ប្រយោគ​នេះ</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>មិនទាន់​បាន​រក្សាទុក។</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>មិនបាន​រក្សាទុក</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>បាន​រក្សាទុក។</translation>
    </message>
    <message>
        <source>Sentence added and saved.</source>
        <translation>បាន​បន្ថែម និង​រក្សាទុក​ប្រយោគ។</translation>
    </message>
    <message>
        <source>Import the Committee&apos;s requests</source>
        <translation>នាំចូល​សំណើ​របស់​គណៈកម្មាធិការ</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>សៀវភៅបញ្ជី Excel (*.xlsx);;ឯកសារ​ទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Cannot read {name}</source>
        <translation>មិន​អាច​អាន {name} បានទេ</translation>
    </message>
    <message>
        <source>Row {row}, column {column} (&apos;{text}&apos;): {reason}</source>
        <translation>ជួរដេក {row} ជួរឈរ {column} (&apos;{text}&apos;)៖ {reason}</translation>
    </message>
    <message>
        <source>{name}: {n} problem(s). Nothing was imported: correct the file and import it again.</source>
        <translation>{name}៖ បញ្ហា {n}។ គ្មានអ្វី​ត្រូវ​បាន​នាំចូល​ទេ៖ សូម​កែ​ឯកសារ ហើយ​នាំចូល​វា​ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{name}: {added} request(s) to add, {changed} to change, {unchanged} unchanged, for {year}.</source>
        <translation>{name}៖ សំណើ {added} ត្រូវ​បន្ថែម {changed} ត្រូវ​ផ្លាស់ប្ដូរ {unchanged} មិន​ផ្លាស់ប្ដូរ សម្រាប់​ឆ្នាំ {year}។</translation>
    </message>
    <message>
        <source>{summary} Not imported.</source>
        <translation>{summary} មិនបាន​នាំចូល​ទេ។</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>មិនបាន​នាំចូល</translation>
    </message>
    <message>
        <source>Imported {name}: {added} added, {changed} changed, {unchanged} unchanged.</source>
        <translation>បាន​នាំចូល {name}៖ បាន​បន្ថែម {added} បាន​ផ្លាស់ប្ដូរ {changed} មិន​ផ្លាស់ប្ដូរ {unchanged}។</translation>
    </message>
    <message>
        <source>{summary}

Import them now?</source>
        <translation>{summary}

នាំចូល​វា​ឥឡូវនេះ​ឬ?</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Give a reason to acknowledge this finding: it is kept in the audit log and read by whoever checks the year.</source>
        <translation>សូម​ផ្ដល់​មូលហេតុ​ដើម្បី​ទទួលស្គាល់​លទ្ធផល​នេះ៖ វា​ត្រូវ​បាន​រក្សាទុក​ក្នុង​កំណត់ហេតុ​សវនកម្ម ហើយ​ត្រូវ​បាន​អាន​ដោយ​អ្នក​ដែល​ត្រួតពិនិត្យ​ឆ្នាំនេះ។</translation>
    </message>
    <message>
        <source>CMDesk could not write the copy {path} ({detail}); no backup was written.</source>
        <translation>CMDesk មិន​អាច​សរសេរ​ច្បាប់​ចម្លង {path} បាន​ទេ ({detail}); គ្មាន​ច្បាប់​បម្រុងទុក​ត្រូវ​បាន​សរសេរ​ទេ។</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({detail}): the database itself is damaged. Restore it from an earlier backup; no backup was written.</source>
        <translation>ច្បាប់​ចម្លង​បម្រុងទុក​មិន​បាន​ឆ្លង​ការ​ត្រួតពិនិត្យ ({detail})៖ មូលដ្ឋាន​ទិន្នន័យ​ខ្លួន​ឯង​ខូច។ សូម​ស្ដារ​វា​ពី​ច្បាប់​បម្រុងទុក​មុន; គ្មាន​ច្បាប់​បម្រុងទុក​ត្រូវ​បាន​សរសេរ​ទេ។</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or replace it (--replace on the command line).</source>
        <translation>{path} មាន​រួចហើយ។ សូម​ជ្រើស​ឈ្មោះ​ផ្សេង ឬ​ជំនួស​វា (--replace នៅ​លើ​បន្ទាត់​ពាក្យ​បញ្ជា)។</translation>
    </message>
    <message>
        <source>CMDesk cannot make its backup folder {folder} ({reason}). Move the database to a folder where you can save files.</source>
        <translation>CMDesk មិន​អាច​បង្កើត​ថត​បម្រុងទុក​របស់​វា {folder} បាន​ទេ ({reason})។ សូម​ផ្លាស់ទី​មូលដ្ឋាន​ទិន្នន័យ​ទៅ​ថត​ដែល​អ្នក​អាច​រក្សាទុក​ឯកសារ​បាន។</translation>
    </message>
    <message>
        <source>Choose another file name: a backup copy cannot replace the database itself.</source>
        <translation>សូម​ជ្រើស​ឈ្មោះ​ឯកសារ​ផ្សេង៖ ច្បាប់​ចម្លង​បម្រុងទុក​មិន​អាច​ជំនួស​មូលដ្ឋាន​ទិន្នន័យ​ខ្លួន​វា​ផ្ទាល់​បានទេ។</translation>
    </message>
    <message>
        <source>CMDesk cannot write {path}: {reason}.</source>
        <translation>CMDesk មិន​អាច​សរសេរ {path} បាន​ទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>The register cannot be sorted by &apos;{column}&apos;.</source>
        <translation>មិន​អាច​តម្រៀប​បញ្ជី​តាម &apos;{column}&apos; បានទេ។</translation>
    </message>
    <message>
        <source>There is no casualty record with id {id}: it may have been deleted since the register was read. Read the register again and try again.</source>
        <translation>គ្មាន​កំណត់ត្រា​ជនរងគ្រោះ​ដែល​មាន​លេខ​សម្គាល់ {id} ទេ៖ វា​ប្រហែលជា​ត្រូវ​បាន​លុប​ក្រោយ​ពេល​បញ្ជី​ត្រូវ​បាន​អាន។ សូម​អាន​បញ្ជី​ម្ដងទៀត ហើយ​ព្យាយាម​ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Unknown casualty fields: {fields}.</source>
        <translation>វាល​ជនរងគ្រោះ​ដែល​មិន​ស្គាល់៖ {fields}។</translation>
    </message>
    <message>
        <source>A casualty record to restore needs its id.</source>
        <translation>កំណត់ត្រា​ជនរងគ្រោះ​ដែល​ត្រូវ​ស្ដារ ត្រូវការ​លេខ​សម្គាល់​របស់​វា។</translation>
    </message>
    <message>
        <source>Casualty record {id} cannot be restored: a record with that id exists already.</source>
        <translation>មិន​អាច​ស្ដារ​កំណត់ត្រា​ជនរងគ្រោះ {id} បានទេ៖ មានកំណត់​ត្រា​ដែល​មាន​លេខ​សម្គាល់​នោះ​រួចហើយ។</translation>
    </message>
    <message>
        <source>Province code {codes} is not in this database&apos;s list of provinces: nothing was written. Check the catalog&apos;s provinces and try again.</source>
        <translation>លេខកូដ​ខេត្ត {codes} មិន​មាន​ក្នុង​បញ្ជី​ខេត្ត​របស់​មូលដ្ឋាន​ទិន្នន័យ​នេះ​ទេ៖ គ្មានអ្វី​ត្រូវ​បាន​សរសេរ​ទេ។ សូម​ពិនិត្យ​ខេត្ត​ក្នុង​កាតាឡុក ហើយ​ព្យាយាម​ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{path} cannot be written. Copy it to a folder where you can save files, or clear its read-only property, and open the copy.</source>
        <translation>មិន​អាច​សរសេរ {path} បានទេ។ សូម​ចម្លង​វា​ទៅ​ថត​មួយ​ដែល​អ្នក​អាច​រក្សាទុក​ឯកសារ​បាន ឬ​ដក​លក្ខណៈ​សម្រាប់​តែ​អាន​របស់​វា​ចេញ ហើយ​បើក​ច្បាប់​ចម្លង​នោះ។</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Restore it from a backup; the file has not been changed.</source>
        <translation>{path} ខូច ({detail})។ សូម​ស្ដារ​វា​ពី​ច្បាប់​បម្រុងទុក; ឯកសារ​មិន​ត្រូវ​បាន​ផ្លាស់ប្ដូរ​ទេ។</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} មិន​មាន​ទេ។</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ជា​ថត មិនមែន​ជាឯក​សារ​មូលដ្ឋាន​ទិន្នន័យ​ទេ។</translation>
    </message>
    <message>
        <source>{path} cannot be read: you do not have permission.</source>
        <translation>មិន​អាច​អាន {path} បានទេ៖ អ្នក​គ្មាន​ការអនុញ្ញាត​ទេ។</translation>
    </message>
    <message>
        <source>{path} is not a CMDesk database (it is not an SQLite file). Choose a file made by CMDesk.</source>
        <translation>{path} មិនមែន​ជា​មូលដ្ឋាន​ទិន្នន័យ CMDesk ទេ (វា​មិនមែន​ជាឯក​សារ SQLite ទេ)។ សូម​ជ្រើស​ឯកសារ​ដែល​បង្កើត​ដោយ CMDesk។</translation>
    </message>
    <message>
        <source>process {pid} ({command})</source>
        <translation>ដំណើរការ {pid} ({command})</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>មូលដ្ឋាន​ទិន្នន័យ</translation>
    </message>
    <message>
        <source>{path} is in use by {holders}, which is writing to it. Wait for it to finish (or close it) and try again.</source>
        <translation>{path} កំពុង​ត្រូវ​បាន​ប្រើ​ដោយ {holders} ដែល​កំពុង​សរសេរ​ចូល​វា។ សូម​រង់ចាំ​ឱ្យ​វា​បញ្ចប់ (ឬ​បិទ​វា) ហើយ​ព្យាយាម​ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{path} is in use by another program (another CMDesk window or command?) that did not let go of it within {seconds:g} seconds. Close the other program, or wait for it to finish, and try again.</source>
        <translation>{path} កំពុង​ត្រូវ​បាន​ប្រើ​ដោយ​កម្មវិធី​ផ្សេង (បង្អួច ឬ​ពាក្យ​បញ្ជា CMDesk ផ្សេង?) ដែល​មិន​បាន​លែង​វា​ក្នុង​រយៈពេល {seconds:g} វិនាទី។ សូម​បិទ​កម្មវិធី​នោះ ឬ​រង់ចាំ​ឱ្យ​វា​បញ្ចប់ ហើយ​ព្យាយាម​ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{path} is not a CMDesk database. Choose a file made by CMDesk, or make a new database.</source>
        <translation>{path} មិនមែន​ជា​មូលដ្ឋាន​ទិន្នន័យ CMDesk ទេ។ សូម​ជ្រើស​ឯកសារ​ដែល​បង្កើត​ដោយ CMDesk ឬ​បង្កើត​មូលដ្ឋាន​ទិន្នន័យ​ថ្មី។</translation>
    </message>
    <message>
        <source>{path} could not be written ({detail}): nothing of this change was saved. Make room on the disk, or check the drive, and try again.</source>
        <translation>មិន​អាច​សរសេរ {path} បាន​ទេ ({detail})៖ គ្មាន​អ្វី​នៃ​ការ​ផ្លាស់ប្ដូរ​នេះ​ត្រូវ​បាន​រក្សាទុក​ទេ។ សូម​បង្កើត​ទំហំ​ទំនេរ​នៅ​លើ​ថាស ឬ​ពិនិត្យ​ថាស ហើយ​ព្យាយាម​ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>its header is cut short</source>
        <translation>ក្បាល​ឯកសារ​របស់​វា​ត្រូវ​បាន​កាត់​ខ្លី</translation>
    </message>
    <message>
        <source>its header gives an impossible page size</source>
        <translation>ក្បាល​ឯកសារ​របស់​វា​ផ្ដល់​ទំហំ​ទំព័រ​ដែល​មិន​អាច​មាន</translation>
    </message>
    <message>
        <source>the file is shorter than its header says: {actual:,} of {expected:,} bytes; it was cut off, perhaps by an interrupted copy</source>
        <translation>ឯកសារ​ខ្លី​ជាង​អ្វី​ដែល​ក្បាល​របស់​វា​ប្រាប់៖ {actual:,} នៃ {expected:,} បៃ; វា​ត្រូវ​បាន​កាត់ ប្រហែល​ដោយ​ការ​ចម្លង​ដែល​ត្រូវ​បាន​រំខាន</translation>
    </message>
    <message>
        <source>{path} is an SQLite database made by another program, not by CMDesk. CMDesk leaves it untouched.</source>
        <translation>{path} ជា​មូលដ្ឋាន​ទិន្នន័យ SQLite ដែល​បង្កើត​ដោយ​កម្មវិធី​ផ្សេង មិនមែន​ដោយ CMDesk ទេ។ CMDesk មិន​ប៉ះពាល់​វា​ទេ។</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of CMDesk (it has changes this version does not know: {names}). Install the newer CMDesk to open it.</source>
        <translation>{path} ត្រូវ​បាន​បង្កើត​ដោយ​កំណែ​ថ្មី​ជាង​របស់ CMDesk (វា​មានការ​ផ្លាស់ប្ដូរ​ដែល​កំណែ​នេះ​មិន​ស្គាល់៖ {names})។ សូម​ដំឡើង CMDesk ថ្មី​ជាង​នេះ ដើម្បី​បើក​វា។</translation>
    </message>
    <message>
        <source>its table {tables} is missing, though its schema version has it</source>
        <translation>តារាង {tables} របស់​វា​បាត់ ទោះបី​កំណែ​រចនាសម្ព័ន្ធ​របស់​វា​មាន​តារាង​នោះ​ក៏ដោយ</translation>
    </message>
    <message>
        <source>{path} was made by an older CMDesk (schema version {have} of {known}) and must be updated before it can be read. A command that only reads never changes the file: run `cmdesk migrate --db {path}`, or open it in the CMDesk window; either backs it up first.</source>
        <translation>{path} ត្រូវ​បាន​បង្កើត​ដោយ CMDesk ចាស់ (កំណែ​រចនាសម្ព័ន្ធ {have} នៃ {known}) ហើយ​ត្រូវ​តែ​ធ្វើ​បច្ចុប្បន្នភាព​មុន​ពេល​អាច​អាន​បាន។ ពាក្យ​បញ្ជា​ដែល​គ្រាន់តែ​អាន​មិន​ដែល​ផ្លាស់ប្ដូរ​ឯកសារ​ទេ៖ សូម​ដំណើរការ `cmdesk migrate --db {path}` ឬ​បើក​វា​ក្នុង​បង្អួច CMDesk; ទាំង​ពីរ​បម្រុងទុក​វា​ជាមុន។</translation>
    </message>
    <message>
        <source>{path} is read-only (or its folder is). CMDesk needs to save changes and backups beside it: copy it to a folder where you can save files, or clear its read-only property.</source>
        <translation>{path} សម្រាប់​តែ​អាន (ឬ​ថត​របស់​វា)។ CMDesk ត្រូវការ​រក្សាទុក​ការផ្លាស់ប្ដូរ និង​ច្បាប់​បម្រុងទុក​នៅ​ក្បែរ​វា៖ សូម​ចម្លង​វា​ទៅ​ថត​មួយ​ដែល​អ្នក​អាច​រក្សាទុក​ឯកសារ​បាន ឬ​ដក​លក្ខណៈ​សម្រាប់​តែ​អាន​របស់​វា​ចេញ។</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or open that database.</source>
        <translation>{path} មាន​រួចហើយ។ សូម​ជ្រើស​ឈ្មោះ​ផ្សេង ឬ​បើក​មូលដ្ឋាន​ទិន្នន័យ​នោះ។</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>ថត {folder} មិន​មាន​ទេ។</translation>
    </message>
    <message>
        <source>CMDesk cannot save in {folder}: choose a folder where you can save files.</source>
        <translation>CMDesk មិន​អាច​រក្សាទុក​ក្នុង {folder} បានទេ៖ សូម​ជ្រើស​ថត​មួយ​ដែល​អ្នក​អាច​រក្សាទុក​ឯកសារ​បាន។</translation>
    </message>
    <message>
        <source>There is no funding line with id {id}: it may have been deleted since the funding lines were read. Read them again and try again.</source>
        <translation>គ្មាន​ជួរ​មូលនិធិ​ដែល​មាន​លេខ​សម្គាល់ {id} ទេ៖ វា​ប្រហែលជា​ត្រូវ​បាន​លុប​ក្រោយ​ពេល​ជួរ​មូលនិធិ​ត្រូវ​បាន​អាន។ សូម​អាន​វា​ម្ដងទៀត ហើយ​ព្យាយាម​ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>A funding line to restore needs its id.</source>
        <translation>ជួរ​មូលនិធិ​ដែល​ត្រូវ​ស្ដារ ត្រូវការ​លេខ​សម្គាល់​របស់​វា។</translation>
    </message>
    <message>
        <source>Funding line {id} cannot be restored: a line with that id exists already.</source>
        <translation>មិន​អាច​ស្ដារ​ជួរ​មូលនិធិ {id} បានទេ៖ មាន​ជួរ​ដែល​មាន​លេខ​សម្គាល់​នោះ​រួចហើយ។</translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;.</source>
        <translation>ស្ថានភាព​ដែល​មិន​ស្គាល់ &apos;{status}&apos;។</translation>
    </message>
    <message>
        <source>&apos;expected&apos; must be yes or no, not {value!r}.</source>
        <translation>&apos;expected&apos; ត្រូវតែ​ជា yes ឬ no មិនមែន {value!r} ទេ។</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text, not {value!r}.</source>
        <translation>&apos;{field}&apos; ត្រូវតែ​ជា​អត្ថបទ មិនមែន {value!r} ទេ។</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Unknown fields of a return: {fields}.</source>
        <translation>វាល​ដែល​មិន​ស្គាល់​នៃ​របាយការណ៍៖ {fields}។</translation>
    </message>
    <message>
        <source>Unknown reporting source &apos;{source}&apos;.</source>
        <translation>ប្រភព​រាយការណ៍​ដែល​មិន​ស្គាល់ &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>A return must be received before it is checked.</source>
        <translation>របាយការណ៍​ត្រូវតែ​បាន​ទទួល មុន​ពេល​វា​ត្រូវ​បាន​ត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>There is no snapshot with id &apos;{id}&apos;. `cmdesk year status --year YEAR` lists a year&apos;s snapshots.</source>
        <translation>គ្មាន​ច្បាប់​ថត​ទុក​ដែល​មាន​លេខ​សម្គាល់ &apos;{id}&apos; ទេ។ `cmdesk year status --year YEAR` រាយ​ច្បាប់​ថត​ទុក​របស់​ឆ្នាំ​មួយ។</translation>
    </message>
    <message>
        <source>{year} has no snapshot &apos;{id}&apos;{several}. `cmdesk year status --year {year}` lists its snapshots.</source>
        <translation>ឆ្នាំ {year} គ្មាន​ច្បាប់​ថត​ទុក &apos;{id}&apos; ទេ{several}។ `cmdesk year status --year {year}` រាយ​ច្បាប់​ថត​ទុក​របស់​វា។</translation>
    </message>
    <message>
        <source> (several start so: give more of the id)</source>
        <translation> (មាន​ច្រើន​ចាប់ផ្ដើម​ដូច្នេះ៖ សូម​ផ្ដល់​លេខ​សម្គាល់​ឱ្យ​បាន​ច្រើនជាង​នេះ)</translation>
    </message>
    <message>
        <source>Unknown submission fields: {fields}.</source>
        <translation>វាល​នៃ​ការ​ដាក់​ជូន​ដែល​មិន​ស្គាល់៖ {fields}។</translation>
    </message>
    <message>
        <source>Unknown choice for unanswered requests &apos;{choice}&apos; (known: state_voice, or none).</source>
        <translation>ជម្រើស​សម្រាប់​សំណើ​ដែល​គ្មាន​ចម្លើយ &apos;{choice}&apos; មិន​ស្គាល់ (ដែល​ស្គាល់៖ state_voice ឬ​គ្មាន)។</translation>
    </message>
    <message>
        <source>The submission date</source>
        <translation>កាលបរិច្ឆេទ​ដាក់​ជូន</translation>
    </message>
    <message>
        <source>{year}, source &apos;{source}&apos;, item &apos;{item}&apos;, part &apos;{part}&apos;</source>
        <translation>{year} ប្រភព &apos;{source}&apos; ធាតុ &apos;{item}&apos; ផ្នែក &apos;{part}&apos;</translation>
    </message>
    <message>
        <source>Unknown item &apos;{item}&apos;.</source>
        <translation>ធាតុ​ដែល​មិន​ស្គាល់ &apos;{item}&apos;។</translation>
    </message>
    <message>
        <source>{where}: this item has no part &apos;{part}&apos; (allowed: {allowed}).</source>
        <translation>{where}៖ ធាតុ​នេះ​គ្មាន​ផ្នែក &apos;{part}&apos; ទេ (អនុញ្ញាត៖ {allowed})។</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not a whole number of 0 or more.</source>
        <translation>{where}៖ {value!r} មិនមែន​ជា​ចំនួនគត់​ចាប់ពី 0 ឡើង​ទៅ​ទេ។</translation>
    </message>
    <message>
        <source>{year}, item &apos;{item}&apos;: unknown qualifier &apos;{qualifier}&apos; (known: more_than, about, at_least, or none).</source>
        <translation>{year} ធាតុ &apos;{item}&apos;៖ គុណនាម​ដែល​មិន​ស្គាល់ &apos;{qualifier}&apos; (ដែល​ស្គាល់៖ more_than, about, at_least ឬ none)។</translation>
    </message>
    <message>
        <source>Year {year} is outside 1979-2100.</source>
        <translation>ឆ្នាំ {year} នៅ​ក្រៅ​ចន្លោះ 1979-2100។</translation>
    </message>
    <message>
        <source>Unknown year status &apos;{status}&apos;.</source>
        <translation>ស្ថានភាព​ឆ្នាំ​ដែល​មិន​ស្គាល់ &apos;{status}&apos;។</translation>
    </message>
    <message>
        <source>{year} was submitted on {date} by {who} and is frozen. Reopen the year to change it.</source>
        <translation>ឆ្នាំ {year} ត្រូវ​បាន​ដាក់​ជូន​នៅ​ថ្ងៃ {date} ដោយ {who} ហើយ​ត្រូវ​បាន​បង្កក។ សូម​បើក​ឆ្នាំ​នេះ​ឡើងវិញ ដើម្បី​ផ្លាស់ប្ដូរ​វា។</translation>
    </message>
    <message>
        <source>the network share {share}</source>
        <translation>ថត​ចែករំលែក​តាម​បណ្ដាញ {share}</translation>
    </message>
    <message>
        <source>the network drive {drive}</source>
        <translation>ថាស​បណ្ដាញ {drive}</translation>
    </message>
    <message>
        <source>the {kind} network mount {device} at {point}</source>
        <translation>ការ​ភ្ជាប់​បណ្ដាញ {kind} {device} នៅ {point}</translation>
    </message>
    <message>
        <source>{path} is on {where}. CMDesk keeps its database in SQLite&apos;s WAL mode, which must not be shared over a network: two computers using it at once can damage it, and a dropped connection during a save can lose the change. Copy the file to this computer and work on the copy.</source>
        <translation>{path} ស្ថិត​នៅ​លើ {where}។ CMDesk រក្សា​មូលដ្ឋាន​ទិន្នន័យ​របស់​វា​ក្នុង​របៀប WAL របស់ SQLite ដែល​មិន​ត្រូវ​ចែករំលែក​តាម​បណ្ដាញ​ទេ៖ កុំព្យូទ័រ​ពីរ​ប្រើ​វា​ក្នុង​ពេល​តែមួយ​អាច​ធ្វើ​ឱ្យ​វា​ខូច ហើយ​ការ​តភ្ជាប់​ដែល​ដាច់​ពេល​រក្សាទុក​អាច​ធ្វើ​ឱ្យ​បាត់​ការ​ផ្លាស់ប្ដូរ។ សូម​ចម្លង​ឯកសារ​មក​កុំព្យូទ័រ​នេះ ហើយ​ធ្វើការ​លើ​ច្បាប់​ចម្លង។</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source> (and {n} more)</source>
        <translation> (និង {n} ទៀត)</translation>
    </message>
    <message>
        <source>holds a control character, {name}, at character {at}{more}: such characters cannot be printed or exported. Delete it (in Excel: =CLEAN(cell)), or type a line break instead.</source>
        <translation>មាន​តួអក្សរ​បញ្ជា {name} នៅ​តួអក្សរ​ទី {at}{more}៖ តួអក្សរ​បែបនេះ​មិន​អាច​បោះពុម្ព ឬ​នាំចេញ​បានទេ។ សូម​លុប​វា (ក្នុង Excel៖ =CLEAN(cell)) ឬ​វាយ​ការ​ចុះបន្ទាត់​ជំនួស​វិញ។</translation>
    </message>
</context>
<context>
    <name>TextGuard</name>
    <message>
        <source>Characters that cannot be printed</source>
        <translation>តួអក្សរ​ដែល​មិន​អាច​បោះពុម្ព​បាន</translation>
    </message>
    <message>
        <source>The text holds {name}, which cannot be printed or exported (Word pastes a line break this way).

Replace such characters? Line breaks stay line breaks; the others are removed. No: the text is left as it was before.</source>
        <translation>អត្ថបទ​នេះ​មាន {name} ដែល​មិន​អាច​បោះពុម្ព ឬ​នាំចេញ​បានទេ (Word បិទភ្ជាប់​ការ​ចុះបន្ទាត់​តាមរបៀប​នេះ)។

ជំនួស​តួអក្សរ​បែបនេះ​ឬ? ការ​ចុះបន្ទាត់​នៅតែ​ជា​ការ​ចុះបន្ទាត់ ចំណែក​តួអក្សរ​ផ្សេងទៀត​ត្រូវ​បាន​ដកចេញ។ ទេ៖ អត្ថបទ​នៅ​ដូចមុន។</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Undo</source>
        <translation>មិន​ធ្វើ​វិញ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ធ្វើ​វិញ</translation>
    </message>
    <message>
        <source>Undo: {what} ({keys})</source>
        <translation>មិន​ធ្វើ​វិញ៖ {what} ({keys})</translation>
    </message>
    <message>
        <source>Redo: {what} ({keys})</source>
        <translation>ធ្វើ​វិញ៖ {what} ({keys})</translation>
    </message>
</context>
<context>
    <name>ValuesCSV</name>
    <message>
        <source>missing column(s) {names}</source>
        <translation>ខ្វះ​ជួរឈរ {names}</translation>
    </message>
    <message>
        <source>unknown column(s) {names}</source>
        <translation>ជួរឈរ​ដែល​មិន​ស្គាល់ {names}</translation>
    </message>
    <message>
        <source>column(s) {names} given twice</source>
        <translation>ជួរឈរ {names} ត្រូវ​បាន​ផ្ដល់​ពីរ​ដង</translation>
    </message>
    <message>
        <source>{path}, line {line} (the header): {found}. The header must name the columns {columns}, in any order.</source>
        <translation>{path} បន្ទាត់ {line} (ក្បាល​ជួរឈរ)៖ {found}។ ក្បាល​ជួរឈរ​ត្រូវតែ​ដាក់ឈ្មោះ​ជួរឈរ {columns} តាមលំដាប់​ណា​ក៏បាន។</translation>
    </message>
    <message>
        <source> Did you mean &apos;{code}&apos;?</source>
        <translation> តើ​អ្នក​ចង់​សំដៅលើ &apos;{code}&apos; ឬ?</translation>
    </message>
    <message>
        <source>this cell is under no named column. Move its text to the &apos;comment&apos; column or delete it.</source>
        <translation>ក្រឡា​នេះ​មិន​នៅ​ក្រោម​ជួរឈរ​ដែល​មានឈ្មោះ​ទេ។ សូម​ផ្លាស់ទី​អត្ថបទ​របស់​វា​ទៅ​ជួរឈរ &apos;comment&apos; ឬ​លុប​វា​ចោល។</translation>
    </message>
    <message>
        <source>year is empty. Write the year in full, for example 2024.</source>
        <translation>ឆ្នាំ​ទទេ។ សូម​សរសេរ​ឆ្នាំ​ពេញ ឧទាហរណ៍ 2024។</translation>
    </message>
    <message>
        <source>not a year from {first} to {last}. Write the year in full, for example 2024.</source>
        <translation>មិនមែន​ជា​ឆ្នាំ​ពី {first} ដល់ {last} ទេ។ សូម​សរសេរ​ឆ្នាំ​ពេញ ឧទាហរណ៍ 2024។</translation>
    </message>
    <message>
        <source>source is empty. Write a reporting-source code, for example &apos;national&apos; (see docs/values-csv.md).</source>
        <translation>ប្រភព​ទទេ។ សូម​សរសេរ​លេខ​កូដ​ប្រភព​រាយការណ៍ ឧទាហរណ៍ &apos;national&apos; (មើល docs/values-csv.md)។</translation>
    </message>
    <message>
        <source>unknown reporting source.{hint} The codes are listed in docs/values-csv.md.</source>
        <translation>ប្រភព​រាយការណ៍​ដែល​មិន​ស្គាល់។{hint} លេខ​កូដ​ត្រូវ​បាន​រាយ​ក្នុង docs/values-csv.md។</translation>
    </message>
    <message>
        <source>item is empty. Write an item code, for example &apos;{example}&apos; (see docs/values-csv.md).</source>
        <translation>ធាតុ​ទទេ។ សូម​សរសេរ​លេខ​កូដ​ធាតុ ឧទាហរណ៍ &apos;{example}&apos; (មើល docs/values-csv.md)។</translation>
    </message>
    <message>
        <source>this total is computed from {items}, never typed. Give those items instead.</source>
        <translation>សរុប​នេះ​ត្រូវ​បាន​គណនា​ពី {items} មិនដែល​វាយ​បញ្ចូល​ទេ។ សូម​ផ្ដល់​ធាតុ​ទាំងនោះ​ជំនួស​វិញ។</translation>
    </message>
    <message>
        <source>unknown item.{hint} The codes are listed in docs/values-csv.md.</source>
        <translation>ធាតុ​ដែល​មិន​ស្គាល់។{hint} លេខ​កូដ​ត្រូវ​បាន​រាយ​ក្នុង docs/values-csv.md។</translation>
    </message>
    <message>
        <source>item {item} has no such part. Allowed: {parts} (empty means total).</source>
        <translation>ធាតុ {item} គ្មាន​ផ្នែក​នេះ​ទេ។ អនុញ្ញាត៖ {parts} (ទទេ​មានន័យថា​សរុប)។</translation>
    </message>
    <message>
        <source>value is empty. Write the figure (0 for none), or delete the line.</source>
        <translation>តម្លៃ​ទទេ។ សូម​សរសេរ​តួលេខ (0 បើ​គ្មាន) ឬ​លុប​បន្ទាត់​នេះ។</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a qualifier. Write more_than, about or at_least, or leave it empty for an exact value.</source>
        <translation>&apos;{text}&apos; មិនមែន​ជា​គុណនាម​ទេ។ សូម​សរសេរ more_than, about ឬ at_least ឬ​ទុក​វា​ឱ្យ​ទទេ​សម្រាប់​តម្លៃពិត​ប្រាកដ។</translation>
    </message>
    <message>
        <source>See also line(s) {lines}.</source>
        <translation>សូម​មើល​បន្ទាត់ {lines} ផង​ដែរ។</translation>
    </message>
    <message>
        <source>Already in the database for {year}, {source}: {cells}.</source>
        <translation>មាន​ក្នុង​មូលដ្ឋាន​ទិន្នន័យ​រួចហើយ​សម្រាប់ {year}, {source}៖ {cells}។</translation>
    </message>
    <message>
        <source>{path} is empty. Its first line must be the header {columns}.</source>
        <translation>{path} ទទេ។ បន្ទាត់​ទីមួយ​របស់​វា​ត្រូវតែ​ជា​ក្បាល​ជួរឈរ {columns}។</translation>
    </message>
    <message>
        <source>line {first} already gives {year}, {source}, {item}, {part}. Keep one of the two lines.</source>
        <translation>បន្ទាត់ {first} បាន​ផ្ដល់ {year}, {source}, {item}, {part} រួចហើយ។ សូម​រក្សា​បន្ទាត់​មួយ​ក្នុងចំណោម​បន្ទាត់​ទាំងពីរ។</translation>
    </message>
    <message>
        <source>{path} has {n} problem(s); nothing was imported. Correct the file and import it again.</source>
        <translation>{path} មាន​បញ្ហា {n}៖ គ្មានអ្វី​ត្រូវ​បាន​នាំចូល​ទេ។ សូម​កែ​ឯកសារ ហើយ​នាំចូល​វា​ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. If the file is open in Excel, close it; otherwise choose another folder.</source>
        <translation>មិន​អាច​សរសេរ {path} បានទេ៖ {reason}។ ប្រសិនបើ​ឯកសារ​កំពុង​បើក​ក្នុង Excel សូម​បិទ​វា បើមិនដូច្នោះទេ សូម​ជ្រើស​ថត​ផ្សេង។</translation>
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
        <translation>{label} (ឈប់​ប្រើ)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ច្បាប់</translation>
    </message>
    <message>
        <source>Entered late, on {day}: after the end of {next}, when {year}&apos;s figures were reported.</source>
        <translation>បាន​បញ្ចូល​យឺត នៅ​ថ្ងៃ {day}៖ បន្ទាប់ពី​ចុងឆ្នាំ {next} នៅពេល​តួលេខ​របស់​ឆ្នាំ {year} ត្រូវ​បាន​រាយការណ៍។</translation>
    </message>
    <message>
        <source>How this figure was made: the national total entered.</source>
        <translation>របៀប​ដែល​តួលេខ​នេះ​ត្រូវ​បាន​បង្កើត៖ សរុប​ជាតិ​ដែល​បាន​បញ្ចូល។</translation>
    </message>
    <message>
        <source>How this figure was made: the authoritative source&apos;s value.</source>
        <translation>របៀប​ដែល​តួលេខ​នេះ​ត្រូវ​បាន​បង្កើត៖ តម្លៃ​របស់​ប្រភព​ដែល​មាន​សិទ្ធិ​អំណាច។</translation>
    </message>
    <message>
        <source>How this figure was made: the sum of the sources, those that overlap counted once.</source>
        <translation>របៀប​ដែល​តួលេខ​នេះ​ត្រូវ​បាន​បង្កើត៖ ផលបូក​នៃ​ប្រភព​នានា ដែល​ប្រភព​ត្រួត​គ្នា​ត្រូវ​បាន​រាប់​តែម្ដង។</translation>
    </message>
    <message>
        <source>  added: {source}: {value}</source>
        <translation>  បាន​បូក៖ {source}៖ {value}</translation>
    </message>
    <message>
        <source>  not added: {source}: {value} ({reason})</source>
        <translation>  មិនបាន​បូក៖ {source}៖ {value} ({reason})</translation>
    </message>
    <message>
        <source>Computed: the sum of {items}.</source>
        <translation>គណនា៖ ផលបូក​នៃ {items}។</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <source>Who is entering data?</source>
        <translation>តើន​រណា​កំពុង​បញ្ចូល​ទិន្នន័យ?</translation>
    </message>
    <message>
        <source>CMDesk records who made each change. Type your name as colleagues know it; you can change it later.</source>
        <translation>CMDesk កត់ត្រា​ថាន​រណា​បាន​ធ្វើការ​ផ្លាស់ប្ដូរ​នី​មួយ​ៗ។ សូម​វាយ​ឈ្មោះ​របស់​អ្នក​ដូចដែល​មិត្ត​រួមការ​ងារ​ស្គាល់៖ អ្នក​អាច​ផ្លាស់ប្ដូរ​វា​នៅពេល​ក្រោយ។</translation>
    </message>
</context>
<context>
    <name>Workbooks</name>
    <message>
        <source>CMAA, victim assistance department</source>
        <translation>CMAA នាយកដ្ឋាន​ជំនួយ​ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Unknown reporting source &apos;{source}&apos;. Known: {known}.</source>
        <translation>មិន​ស្គាល់​ប្រភព​រាយការណ៍ &apos;{source}&apos; ទេ។ ប្រភព​ដែល​ស្គាល់៖ {known}។</translation>
    </message>
    <message>
        <source>{source} is expected to send no figures for {year}, so there is no workbook to fill. Change what is expected of it on Overview (Returns from the reporting sources) first.</source>
        <translation>{source} មិន​ត្រូវ​បាន​រំពឹង​ថា​នឹង​ផ្ញើ​តួលេខ​សម្រាប់​ឆ្នាំ {year} ទេ ដូច្នេះ​គ្មាន​សៀវភៅបញ្ជី​ត្រូវ​បំពេញ​ទេ។ សូម​ផ្លាស់ប្ដូរ​អ្វី​ដែល​រំពឹង​ពី​វា នៅ​លើ​ទំព័រ​ទិដ្ឋភាព​ទូទៅ (របាយការណ៍​ពី​ប្រភព​រាយការណ៍) ជាមុន​សិន។</translation>
    </message>
    <message>
        <source>Return of figures to the CMAA victim assistance department</source>
        <translation>របាយការណ៍​តួលេខ​ជូន​នាយកដ្ឋាន​ជំនួយ​ជនរងគ្រោះ នៃ CMAA</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>ឆ្នាំ​រាយការណ៍</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>ថ្ងៃ​ផុតកំណត់</translation>
    </message>
    <message>
        <source>Send it back to</source>
        <translation>ផ្ញើ​ត្រឡប់ទៅ</translation>
    </message>
    <message>
        <source>Sections in this workbook</source>
        <translation>ផ្នែក​ក្នុង​សៀវភៅបញ្ជី​នេះ</translation>
    </message>
    <message>
        <source>Also expected, sent separately</source>
        <translation>ក៏​រំពឹង​ផង​ដែរ ដោយ​ផ្ញើ​ដាច់ដោយឡែក</translation>
    </message>
    <message>
        <source>How to fill it</source>
        <translation>របៀប​បំពេញ</translation>
    </message>
    <message>
        <source>Type the figures in the white cells of the sheets that follow, one sheet per section.</source>
        <translation>វាយ​តួលេខ​ក្នុង​ក្រឡា​ពណ៌ស នៃ​សន្លឹក​ខាងក្រោម មួយ​សន្លឹក​សម្រាប់​មួយ​ផ្នែក។</translation>
    </message>
    <message>
        <source>Whole numbers only (0 or more). A part (female, child, survivor) cannot be larger than its total.</source>
        <translation>តែ​ចំនួនគត់​ប៉ុណ្ណោះ (០ ឬ​ច្រើនជាង​នេះ)។ ផ្នែក​មួយ (ស្ត្រី កុមារ អ្នក​រស់រាន​មានជីវិត) មិន​អាច​ធំជាង​ចំនួន​សរុប​របស់​វា​ទេ។</translation>
    </message>
    <message>
        <source>Leave a cell empty when the figure is not known; say why in the comment column of the same row.</source>
        <translation>ទុក​ក្រឡា​ឲ្យទទេ នៅពេល​មិនដឹង​តួលេខ ហើយ​ពន្យល់​មូលហេតុ​ក្នុង​ជួរឈរ​មតិយោបល់ នៃ​ជួរដេក​ដដែល។</translation>
    </message>
    <message>
        <source>Do not add, move or delete rows or sheets: CMDesk reads each cell by its place.</source>
        <translation>កុំ​បន្ថែម ផ្លាស់ទី ឬ​លុប​ជួរដេក ឬ​សន្លឹក៖ CMDesk អាន​ក្រឡា​នី​មួយ​ៗ​តាម​ទីតាំង​របស់​វា។</translation>
    </message>
    <message>
        <source>Save it as an Excel Workbook (.xlsx) and send it back before the due date.</source>
        <translation>រក្សាទុក​ជា Excel Workbook (.xlsx) ហើយ​ផ្ញើ​ត្រឡប់មកវិញ មុន​ថ្ងៃ​ផុតកំណត់។</translation>
    </message>
    <message>
        <source>Whole numbers in the white cells. A part cannot be larger than its total. Grey cells: nothing to fill. Empty: not known.</source>
        <translation>ចំនួនគត់​ក្នុង​ក្រឡា​ពណ៌ស។ ផ្នែក​មួយ​មិន​អាច​ធំជាង​ចំនួន​សរុប​របស់​វា​ទេ។ ក្រឡា​ពណ៌ប្រផេះ៖ មិន​ត្រូវ​បំពេញ។ ទទេ៖ មិនដឹង។</translation>
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
        <source>{year} (last year)</source>
        <translation>{year} (ឆ្នាំមុន)</translation>
    </message>
    <message>
        <source>Total {year}</source>
        <translation>សរុប {year}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>មតិយោបល់</translation>
    </message>
    <message>
        <source>Not a count</source>
        <translation>មិនមែន​ជា​ចំនួន​ទេ</translation>
    </message>
    <message>
        <source>Type a whole number, 0 or more.</source>
        <translation>វាយ​ចំនួនគត់ ០ ឬ​ច្រើនជាង​នេះ។</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>A whole number, 0 or more. Empty: not known.</source>
        <translation>ចំនួនគត់ ០ ឬ​ច្រើនជាង​នេះ។ ទទេ៖ មិនដឹង។</translation>
    </message>
    <message>
        <source>Not a part of the total</source>
        <translation>មិនមែន​ជាផ្នែក​នៃ​ចំនួន​សរុប​ទេ</translation>
    </message>
    <message>
        <source>Type a whole number, 0 or more, not larger than the total.</source>
        <translation>វាយ​ចំនួនគត់ ០ ឬ​ច្រើនជាង​នេះ ដែល​មិនធំ​ជាង​ចំនួន​សរុប។</translation>
    </message>
    <message>
        <source>Write a new workbook for this source and ask the source to copy its figures into it.</source>
        <translation>សរសេរ​សៀវភៅបញ្ជី​ថ្មី​សម្រាប់​ប្រភព​នេះ ហើយ​ស្នើ​ឲ្យ​ប្រភព​ចម្លង​តួលេខ​របស់​ខ្លួន​ចូលក្នុង​នោះ។</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. If the file is open in Excel, close it; otherwise choose another folder.</source>
        <translation>មិន​អាច​សរសេរ {path} បានទេ៖ {reason}។ បើ​ឯកសារ​កំពុង​បើក​ក្នុង Excel សូម​បិទ​វា បើមិនដូច្នោះទេ សូម​ជ្រើសរើស​ថត​ផ្សេង។</translation>
    </message>
    <message>
        <source>{folder} is not a folder. Create it first, or choose another.</source>
        <translation>{folder} មិនមែន​ជា​ថត​ទេ។ សូម​បង្កើត​វា​ជាមុន ឬ​ជ្រើសរើស​ថត​ផ្សេង។</translation>
    </message>
    <message>
        <source>No reporting source is expected to send figures for {year}.</source>
        <translation>គ្មាន​ប្រភព​រាយការណ៍​ណាមួយ​ត្រូវ​បាន​រំពឹង​ថា​នឹង​ផ្ញើ​តួលេខ​សម្រាប់​ឆ្នាំ {year} ទេ។</translation>
    </message>
    <message>
        <source>{folder} already holds {n} of these workbooks ({first}). Choose an empty folder, or replace them.</source>
        <translation>{folder} មាន​សៀវភៅបញ្ជី​ទាំងនេះ {n} រួចហើយ ({first})។ សូម​ជ្រើសរើស​ថត​ទទេ ឬ​ជំនួស​វា។</translation>
    </message>
    <message>
        <source>In Excel or LibreOffice choose File &gt; Save As, type &quot;Excel Workbook (.xlsx)&quot;, and read that file.</source>
        <translation>ក្នុង Excel ឬ LibreOffice ជ្រើសរើស File &gt; Save As ប្រភេទ &quot;Excel Workbook (.xlsx)&quot; ហើយ​អាន​ឯកសារ​នោះ។</translation>
    </message>
    <message>
        <source>an OpenDocument (.ods) spreadsheet.</source>
        <translation>ជាតា​រាង​បញ្ជី OpenDocument (.ods)។</translation>
    </message>
    <message>
        <source>this is not a CMDesk collection workbook, or its hidden &apos;{sheet}&apos; sheet was deleted, so its cells cannot be matched to items.</source>
        <translation>នេះ​មិនមែន​ជា​សៀវភៅបញ្ជី​ប្រមូល​ទិន្នន័យ​របស់ CMDesk ទេ ឬ​សន្លឹក​លាក់ &apos;{sheet}&apos; របស់​វា​ត្រូវ​បាន​លុប ដូច្នេះ​ក្រឡា​របស់​វា​មិន​អាច​ផ្គូផ្គង​នឹង​ធាតុ​បានទេ។</translation>
    </message>
    <message>
        <source>its &apos;{sheet}&apos; sheet was changed.</source>
        <translation>សន្លឹក &apos;{sheet}&apos; របស់​វា​ត្រូវ​បាន​កែប្រែ។</translation>
    </message>
    <message>
        <source>written by a newer CMDesk. Update CMDesk to read it.</source>
        <translation>ត្រូវ​បាន​សរសេរ​ដោយ CMDesk កំណែ​ថ្មី​ជាង។ សូម​ធ្វើ​បច្ចុប្បន្នភាព CMDesk ដើម្បី​អាន​វា។</translation>
    </message>
    <message>
        <source>a formula whose result was not saved. Type the figure itself.</source>
        <translation>រូបមន្ត​ដែល​លទ្ធផល​របស់​វា​មិន​ត្រូវ​បាន​រក្សាទុក។ សូម​វាយ​តួលេខ​ដោយ​ផ្ទាល់។</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number. Type the figure, for example 26280.</source>
        <translation>&apos;{text}&apos; មិនមែន​ជា​លេខ​ទេ។ សូម​វាយ​តួលេខ ឧទាហរណ៍ 26280។</translation>
    </message>
    <message>
        <source>{text} is not a whole number: counts of persons, devices and the like have no decimals.</source>
        <translation>{text} មិនមែន​ជា​ចំនួនគត់​ទេ៖ ចំនួន​មនុស្ស ឧបករណ៍ និង​អ្វី​ៗ​ស្រដៀងគ្នា គ្មាន​ខ្ទង់​ទសភាគ​ទេ។</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a date or a time, not a count.</source>
        <translation>&apos;{text}&apos; ជា​កាលបរិច្ឆេទ ឬ​ពេលវេលា មិនមែន​ជា​ចំនួន​ទេ។</translation>
    </message>
    <message>
        <source>{text} is too large to be a count (at most {most:,}). Check the figure.</source>
        <translation>{text} ធំ​ពេក​សម្រាប់​ជា​ចំនួន​មួយ (យ៉ាងច្រើន {most:,})។ សូម​ពិនិត្យ​តួលេខ។</translation>
    </message>
    <message>
        <source>this workbook was written by another CMDesk database ({office}), not this one. Read it in the database that wrote it, or write a new workbook here.</source>
        <translation>សៀវភៅបញ្ជី​នេះ​ត្រូវ​បាន​សរសេរ​ដោយ​មូលដ្ឋាន​ទិន្នន័យ CMDesk ផ្សេង ({office}) មិនមែន​មូលដ្ឋាន​ទិន្នន័យ​នេះ​ទេ។ សូម​អាន​វា​ក្នុង​មូលដ្ឋាន​ទិន្នន័យ​ដែល​បាន​សរសេរ​វា ឬ​សរសេរ​សៀវភៅបញ្ជី​ថ្មី​នៅ​ទីនេះ។</translation>
    </message>
    <message>
        <source>its source &apos;{source}&apos; is not in this database.</source>
        <translation>ប្រភព &apos;{source}&apos; របស់​វា​មិន​មាន​ក្នុង​មូលដ្ឋាន​ទិន្នន័យ​នេះ​ទេ។</translation>
    </message>
    <message>
        <source>its sheet &apos;{sheet}&apos; was deleted or renamed. Ask the source for the workbook as it was sent.</source>
        <translation>សន្លឹក &apos;{sheet}&apos; របស់​វា​ត្រូវ​បាន​លុប ឬ​ប្ដូរ​ឈ្មោះ។ សូម​ស្នើ​ប្រភព​ឲ្យ​ផ្ញើ​សៀវភៅបញ្ជី​ដូចដែល​បាន​ផ្ញើ​ទៅ។</translation>
    </message>
    <message>
        <source>{sheet}!A{row} should hold &apos;{label}&apos;, but holds &apos;{found}&apos;: rows were moved, added or deleted. Ask the source for the workbook as it was sent, or copy its figures into a new one.</source>
        <translation>{sheet}!A{row} គួរតែ​មាន &apos;{label}&apos; ប៉ុន្តែ​មាន &apos;{found}&apos;៖ ជួរដេក​ត្រូវ​បាន​ផ្លាស់ទី បន្ថែម ឬ​លុប។ សូម​ស្នើ​ប្រភព​ឲ្យ​ផ្ញើ​សៀវភៅបញ្ជី​ដូចដែល​បាន​ផ្ញើ​ទៅ ឬ​ចម្លង​តួលេខ​របស់​វា​ចូល​សៀវភៅបញ្ជី​ថ្មី។</translation>
    </message>
    <message>
        <source>the error {error}, not a figure. Type the figure itself.</source>
        <translation>កំហុស {error} មិនមែន​ជា​តួលេខ​ទេ។ សូម​វាយ​តួលេខ​ដោយ​ផ្ទាល់។</translation>
    </message>
    <message>
        <source>item {item}, part {part} is no longer in this database&apos;s catalog. Remove the figure, or read it into the grid by hand.</source>
        <translation>ធាតុ {item} ផ្នែក {part} លែង​មាន​ក្នុង​កាតាឡុក​នៃ​មូលដ្ឋាន​ទិន្នន័យ​នេះ​ទៀតហើយ។ សូម​ដក​តួលេខ​ចេញ ឬ​បញ្ចូល​វា​ទៅ​ក្នុង​តារាង​ដោយដៃ។</translation>
    </message>
    <message>
        <source>a comment on a row with no total: it cannot be stored without a figure. Read it here, and ask the source if it explains a missing figure.</source>
        <translation>មតិយោបល់​នៅ​លើ​ជួរដេក​ដែល​គ្មាន​ចំនួន​សរុប៖ វា​មិន​អាច​រក្សាទុក​បានទេ​បើ​គ្មាន​តួលេខ។ សូម​អាន​វា​នៅ​ទីនេះ ហើយ​សួរ​ប្រភព បើ​វា​ពន្យល់​ពី​តួលេខ​ដែល​ខ្វះ។</translation>
    </message>
    <message>
        <source>See also {cells}.</source>
        <translation>សូម​មើល {cells} ផង​ដែរ។</translation>
    </message>
    <message>
        <source>outside the cells to fill: not read. Ask the source what it is, and enter it by hand if it belongs to a figure.</source>
        <translation>នៅ​ក្រៅ​ក្រឡា​ដែល​ត្រូវ​បំពេញ៖ មិន​ត្រូវ​បាន​អាន​ទេ។ សូម​សួរ​ប្រភព​ថា​វា​ជា​អ្វី ហើយ​បញ្ចូល​វា​ដោយដៃ បើ​វា​ជា​តួលេខ​មួយ។</translation>
    </message>
    <message>
        <source>{name} has {n} problem(s); nothing was read into the database. Ask the source to correct them, or correct the white cells and read it again.</source>
        <translation>{name} មាន​បញ្ហា {n}។ គ្មានអ្វី​ត្រូវ​បាន​អាន​ចូល​មូលដ្ឋាន​ទិន្នន័យ​ទេ។ សូម​ស្នើ​ប្រភព​ឲ្យ​កែ​វា ឬ​កែ​ក្រឡា​ពណ៌ស ហើយ​អាន​វា​ម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>WriteWorkbooksDialog</name>
    <message>
        <source>Collection workbooks for {year}</source>
        <translation>សៀវភៅបញ្ជី​ប្រមូល​ទិន្នន័យ​សម្រាប់​ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>One Excel workbook per reporting source, holding the sections it is expected to return for {year} and its figures of {previous} for reference. Send each file to the e-mail shown (Tools &gt; Items and reporting sources), and read the filled ones back with &quot;Read filled workbooks…&quot;.</source>
        <translation>សៀវភៅបញ្ជី Excel មួយ​សម្រាប់​ប្រភព​រាយការណ៍​នី​មួយ​ៗ ដែល​មាន​ផ្នែក​ដែលគេ​រំពឹង​ថា​វា​នឹង​ផ្ញើ​សម្រាប់​ឆ្នាំ {year} និង​តួលេខ​ឆ្នាំ {previous} របស់​វា​សម្រាប់​យោង។ សូម​ផ្ញើ​ឯកសារ​នី​មួយ​ៗ​ទៅ​អ៊ីមែល​ដែល​បាន​បង្ហាញ (ឧបករណ៍ &gt; ធាតុ និង​ប្រភព​រាយការណ៍) ហើយ​អាន​ឯកសារ​ដែល​បាន​បំពេញ​ត្រឡប់មកវិញ ដោយ &quot;អាន​សៀវភៅបញ្ជី​ដែល​បាន​បំពេញ…&quot;។</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>សរសេរ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ផុតកំណត់</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <source>(none entered)</source>
        <translation>(មិនទាន់​បញ្ចូល)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>ថត៖</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>រកមើល…</translation>
    </message>
    <message>
        <source>Replace workbooks already in the folder</source>
        <translation>ជំនួស​សៀវភៅបញ្ជី​ដែល​មាន​ក្នុង​ថត​រួចហើយ</translation>
    </message>
    <message>
        <source>Write workbooks</source>
        <translation>សរសេរ​សៀវភៅបញ្ជី</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>បើក​ថត</translation>
    </message>
    <message>
        <source>Folder for the workbooks</source>
        <translation>ថត​សម្រាប់​សៀវភៅបញ្ជី</translation>
    </message>
    <message>
        <source>Tick at least one source.</source>
        <translation>សូម​គូស​ធីក​យ៉ាងហោចណាស់​ប្រភព​មួយ។</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>មិន​អាចប​ង្កើត​ថត {folder} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>មិនបាន​សរសេរ</translation>
    </message>
    <message>
        <source>{folder} already holds {n} of these workbooks ({first}). Tick &quot;Replace&quot; or choose another folder.</source>
        <translation>{folder} មាន​សៀវភៅបញ្ជី​ទាំងនេះ {n} រួចហើយ ({first})។ សូម​គូស​ធីក &quot;ជំនួស&quot; ឬ​ជ្រើសរើស​ថត​ផ្សេង។</translation>
    </message>
    <message>
        <source>Writing the workbooks…</source>
        <translation>កំពុង​សរសេរ​សៀវភៅបញ្ជី…</translation>
    </message>
    <message>
        <source>{n} workbook(s) written to {folder}:</source>
        <translation>បាន​សរសេរ​សៀវភៅបញ្ជី {n} ទៅ {folder}៖</translation>
    </message>
    <message>
        <source>no e-mail entered</source>
        <translation>មិនទាន់​បញ្ចូល​អ៊ីមែល</translation>
    </message>
</context>
<context>
    <name>YearStatusWidget</name>
    <message>
        <source>Mark as checked</source>
        <translation>សម្គាល់ថា​បាន​ត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Say that the year&apos;s figures were reviewed and are complete and consistent.</source>
        <translation>បញ្ជាក់​ថា​តួលេខ​របស់​ឆ្នាំ​ត្រូវ​បាន​ពិនិត្យ​ឡើងវិញ ហើយ​ពេញលេញ និង​ស៊ីសង្វាក់​គ្នា។</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>ដាក់​ជូន</translation>
    </message>
    <message>
        <source>Keep a snapshot of the year&apos;s data with the documents produced from it, and freeze the year.</source>
        <translation>រក្សា​ច្បាប់​ថត​ទុក​នៃ​ទិន្នន័យ​របស់​ឆ្នាំ ជាមួយ​ឯកសារ​ដែល​បាន​បង្កើត​ពី​វា ហើយ​បង្កក​ឆ្នាំនេះ។</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>បើក​ឡើងវិញ…</translation>
    </message>
    <message>
        <source>Make the year a draft again (a reason is asked).</source>
        <translation>ធ្វើ​ឱ្យ​ឆ្នាំនេះ​ជា​សេចក្ដីព្រាង​ម្ដងទៀត (នឹង​សួររក​មូលហេតុ)។</translation>
    </message>
    <message>
        <source>Snapshots…</source>
        <translation>ច្បាប់​ថត​ទុក…</translation>
    </message>
    <message>
        <source>What was submitted, and what changed since; save the documents that were sent.</source>
        <translation>អ្វី​ដែល​បាន​ដាក់​ជូន និង​អ្វី​ដែល​បាន​ផ្លាស់ប្ដូរ​តាំងពី​ពេលនោះ៖ រក្សាទុក​ឯកសារ​ដែល​បាន​ផ្ញើ។</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>ការ​អនុម័ត</translation>
    </message>
    <message>
        <source>{year}:</source>
        <translation>{year}៖</translation>
    </message>
    <message>
        <source>Only headquarters marks a year as checked and submits it; this provincial office&apos;s database exports its provincial summary (Reports page).</source>
        <translation>មានតែ​ទីស្នាក់ការ​កណ្ដាល​ប៉ុណ្ណោះ​ដែល​សម្គាល់​ឆ្នាំ​ថា​បាន​ត្រួតពិនិត្យ និង​ដាក់​ជូន​វា៖ មូលដ្ឋាន​ទិន្នន័យ​របស់​ការិយាល័យ​ខេត្ត​នេះ​នាំចេញ​សេចក្ដីសង្ខេប​ខេត្ត​របស់​ខ្លួន (ទំព័រ​របាយការណ៍)។</translation>
    </message>
    <message>
        <source>Snapshots ({n})…</source>
        <translation>ច្បាប់​ថត​ទុក ({n})…</translation>
    </message>
    <message>
        <source>Figures are being entered. Mark the year as checked once it has been reviewed, and submit it when its documents are sent.</source>
        <translation>កំពុង​បញ្ចូល​តួលេខ។ សូម​សម្គាល់​ឆ្នាំនេះ​ថា​បាន​ត្រួតពិនិត្យ នៅពេល​វា​ត្រូវ​បាន​ពិនិត្យ​ឡើងវិញ ហើយ​ដាក់​ជូន​វា នៅពេល​ឯកសារ​របស់​វា​ត្រូវ​បាន​ផ្ញើ។</translation>
    </message>
    <message>
        <source>Reopened by {who} on {at} (UTC).</source>
        <translation>បាន​បើក​ឡើងវិញ​ដោយ {who} នៅ {at} (UTC)។</translation>
    </message>
    <message>
        <source>Checked by {who} on {at} (UTC).</source>
        <translation>បាន​ត្រួតពិនិត្យ​ដោយ {who} នៅ {at} (UTC)។</translation>
    </message>
    <message>
        <source>Submitted by {who} on {at} (UTC). Its data are frozen: reopen the year to change them.</source>
        <translation>បាន​ដាក់​ជូន​ដោយ {who} នៅ {at} (UTC)។ ទិន្នន័យ​របស់​វា​ត្រូវ​បាន​បង្កក៖ សូម​បើក​ឆ្នាំនេះ​ឡើងវិញ ដើម្បី​ផ្លាស់ប្ដូរ​វា។</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>មូលហេតុ៖ {reason}</translation>
    </message>
    <message>
        <source>Not done: {year} has {n} unacknowledged error(s).</source>
        <translation>មិនបាន​ធ្វើ៖ ឆ្នាំ {year} មាន​កំហុស {n} ដែល​មិនទាន់​ទទួលស្គាល់។</translation>
    </message>
    <message>
        <source>marked as checked</source>
        <translation>សម្គាល់ថា​បាន​ត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Not marked as checked</source>
        <translation>មិនបាន​សម្គាល់ថា​បាន​ត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>{year} is marked as checked.</source>
        <translation>ឆ្នាំ {year} ត្រូវ​បាន​សម្គាល់ថា​បាន​ត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>Submit {year}? CMDesk keeps a snapshot of the year&apos;s figures, funding lines, casualty records, narratives and submission details, with the documents (xlsx and PDF, and the VA update and Form J as Word), and freezes the year: its data can then be changed only after reopening it.</source>
        <translation>ដាក់​ជូន​ឆ្នាំ {year} ឬ? CMDesk រក្សា​ច្បាប់​ថត​ទុក​នៃ​តួលេខ ជួរ​មូលនិធិ កំណត់ត្រា​ជនរងគ្រោះ សេចក្ដី​រៀបរាប់ និង​ព័ត៌មាន​លម្អិត​នៃ​ការ​ដាក់​ជូន​របស់​ឆ្នាំ ជាមួយ​ឯកសារ (xlsx និង PDF និង​របាយការណ៍​បច្ចុប្បន្នភាព និង​ទម្រង់ J ជា Word) ហើយ​បង្កក​ឆ្នាំនេះ៖ ទិន្នន័យ​របស់​វា​អាច​ផ្លាស់ប្ដូរ​បានតែ​បន្ទាប់ពី​បើក​វា​ឡើងវិញ​ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… និង {n} ទៀត។</translation>
    </message>
    <message>
        <source>The documents go without:</source>
        <translation>ឯកសារ​ត្រូវ​បាន​ផ្ញើ​ដោយ​គ្មាន៖</translation>
    </message>
    <message>
        <source>Submit anyway? (Answer the requests or enter the figures first, then submit.)</source>
        <translation>ដាក់​ជូន​ទោះជាយ៉ាងណា​ក៏ដោយ​ឬ? (សូម​ឆ្លើយ​សំណើ ឬ​បញ្ចូល​តួលេខ​ជាមុន​សិន រួច​ដាក់​ជូន។)</translation>
    </message>
    <message>
        <source>Print each unanswered request in the VA update, followed by:
“{sentence}”</source>
        <translation>បោះពុម្ព​សំណើ​នីមួយៗ​ដែល​គ្មាន​ចម្លើយ​ក្នុង​របាយការណ៍​បច្ចុប្បន្នភាព​ជំនួយ​ជនរងគ្រោះ ហើយ​បន្ត​ដោយ៖
“{sentence}”</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>ដាក់​ជូន</translation>
    </message>
    <message>
        <source>Submit {year}?</source>
        <translation>ដាក់​ជូន​ឆ្នាំ {year} ឬ?</translation>
    </message>
    <message>
        <source>Submitting {year}…</source>
        <translation>កំពុង​ដាក់​ជូន​ឆ្នាំ {year}…</translation>
    </message>
    <message>
        <source>Cancelled: {year} was not submitted.</source>
        <translation>បាន​បោះបង់៖ ឆ្នាំ {year} មិន​ត្រូវ​បាន​ដាក់​ជូន​ទេ។</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>មិនបាន​ដាក់​ជូន</translation>
    </message>
    <message>
        <source>{year} is submitted. The snapshot keeps its data and the documents produced ({n}).</source>
        <translation>ឆ្នាំ {year} ត្រូវ​បាន​ដាក់​ជូន។ ច្បាប់​ថត​ទុក​រក្សា​ទិន្នន័យ​របស់​វា និង​ឯកសារ​ដែល​បាន​បង្កើត ({n})។</translation>
    </message>
    <message>
        <source>Reopen {year}</source>
        <translation>បើក​ឆ្នាំ {year} ឡើងវិញ</translation>
    </message>
    <message>
        <source>Why is {year} reopened? The reason is kept in the audit log; the snapshots of its submissions stay.</source>
        <translation>ហេតុអ្វីបានជា​ឆ្នាំ {year} ត្រូវ​បាន​បើក​ឡើងវិញ? មូលហេតុ​ត្រូវ​បាន​រក្សាទុក​ក្នុង​កំណត់ហេតុ​សវនកម្ម៖ ច្បាប់​ថត​ទុក​នៃ​ការ​ដាក់​ជូន​របស់​វា​នៅ​ដដែល។</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>មិនបាន​បើក​ឡើងវិញ</translation>
    </message>
    <message>
        <source>{year} is a draft again.</source>
        <translation>ឆ្នាំ {year} ជា​សេចក្ដីព្រាង​ម្ដងទៀត។</translation>
    </message>
</context>
</TS>
