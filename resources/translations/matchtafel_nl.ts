<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AttendancePanel</name>
    <message numerus="yes">
        <source>%n marked present.</source>
        <translation>
            <numerusform>%n aanwezig gemeld.</numerusform>
            <numerusform>%n aanwezig gemeld.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckpointsPage</name>
    <message>
        <source>Nazorg calls</source>
        <translation>Nazorggesprekken</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Dagen vooruit</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> dagen vooruit</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Aantal gesprekken</translation>
    </message>
    <message>
        <source>Calls overdue and due within</source>
        <translation>Gesprekken te laat en binnen</translation>
    </message>
    <message>
        <source>Calls by caller</source>
        <translation>Gesprekken per beller</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Baan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Choose a call in the list.</source>
        <translation>Kies een gesprek in de lijst.</translation>
    </message>
    <message>
        <source>Date of the call</source>
        <translation>Datum van het gesprek</translation>
    </message>
    <message>
        <source>Call &amp;made on:</source>
        <translation>&amp;Datum gesprek:</translation>
    </message>
    <message>
        <source>What was said, briefly; no health details</source>
        <translation>Kort wat er gezegd is; geen gezondheidsgegevens</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;titie:</translation>
    </message>
    <message>
        <source>Key {key} in the list</source>
        <translation>Toets {key} in de lijst</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Niemand toegewezen</translation>
    </message>
    <message>
        <source>{young}: check during the BPV period at {job}, started {start}.</source>
        <translation>{young}: check tijdens de BPV-periode bij {job}, begonnen {start}.</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} maanden</translation>
    </message>
    <message>
        <source>{calls}, {overdue} overdue</source>
        <translation>{calls}, {overdue} te laat</translation>
    </message>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
        </translation>
    </message>
    <message>
        <source>{young}: {months}-month call about {job}, started {start}.</source>
        <translation>{young}: gesprek na {months} maanden over {job}, gestart {start}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; type it as 20-11-2026.</source>
        <translation>&apos;{text}&apos; is geen datum; typ hem als 20-11-2026.</translation>
    </message>
    <message>
        <source>{young}: {answer}.</source>
        <translation>{young}: {answer}.</translation>
    </message>
    <message>
        <source>No session is planned yet: put {young} on the agenda when you plan it.</source>
        <translation>Er is nog geen sessie gepland: zet {young} op de agenda als u die plant.</translation>
    </message>
    <message>
        <source>{young} is on the agenda of {date}.</source>
        <translation>{young} staat op de agenda van {date}.</translation>
    </message>
    <message>
        <source>Back to the table?</source>
        <translation>Terug naar tafel?</translation>
    </message>
    <message>
        <source>Put {young} on the agenda of the next session ({date})?</source>
        <translation>{young} op de agenda van de volgende sessie ({date}) zetten?</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this record first</source>
        <translation>Iemand anders heeft dit eerst opgeslagen</translation>
    </message>
    <message>
        <source>{who} saved a change while you were editing. Compare the two versions.</source>
        <translation>{who} heeft een wijziging opgeslagen terwijl jij aan het bewerken was. Vergelijk de twee versies.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Vakgebied</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Jouw versie</translation>
    </message>
    <message>
        <source>Stored version</source>
        <translation>Opgeslagen versie</translation>
    </message>
    <message>
        <source>&amp;Save my version</source>
        <translation>Mijn versie &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;Take the stored version</source>
        <translation>Opgeslagen versie &amp;nemen</translation>
    </message>
    <message>
        <source>&amp;Back to my text</source>
        <translation>&amp;Terug naar mijn tekst</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>table</source>
        <translation>tafel</translation>
    </message>
    <message>
        <source>WSP/UWV</source>
        <translation>WSP/UWV</translation>
    </message>
    <message>
        <source>employers</source>
        <translation>werkgevers</translation>
    </message>
    <message>
        <source>mentor or coach</source>
        <translation>mentor of coach</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>een ouder</translation>
    </message>
    <message>
        <source>the young person</source>
        <translation>de jongere</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Consent in force</source>
        <translation>Geldende toestemming</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Verloop van de toestemming</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>Toestemming vast&amp;leggen…</translation>
    </message>
    <message>
        <source>Withdraw c&amp;onsent…</source>
        <translation>Toestemming intre&amp;kken…</translation>
    </message>
    <message>
        <source>No consent in force: the young person is shown by code and initials only, and cannot be proposed to employers.</source>
        <translation>Geen geldige toestemming: de jongere wordt alleen met code en initialen getoond en kan niet bij werkgevers worden voorgedragen.</translation>
    </message>
    <message>
        <source>In force since {date}, given by {who}, for: {scope}.</source>
        <translation>Geldig sinds {date}, gegeven door {who}, voor: {scope}.</translation>
    </message>
    <message>
        <source>withdrawn {date}</source>
        <translation>ingetrokken {date}</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Withdraw the consent from today? The young person is then shown by code and initials only.</source>
        <translation>De toestemming per vandaag intrekken? De jongere wordt dan alleen met code en initialen getoond.</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation>Datum van de toestemming</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <source>The young person (16 or older)</source>
        <translation>De jongere (16 of ouder)</translation>
    </message>
    <message>
        <source>A parent (below 16)</source>
        <translation>Een ouder (onder 16)</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Gegeven door:</translation>
    </message>
    <message>
        <source>Discuss at the &amp;table</source>
        <translation>Bespreken aan &amp;tafel</translation>
    </message>
    <message>
        <source>Share with &amp;WSP/UWV</source>
        <translation>Delen met &amp;WSP/UWV</translation>
    </message>
    <message>
        <source>Show the profile to an &amp;employer</source>
        <translation>&amp;Profiel tonen aan een werkgever</translation>
    </message>
    <message>
        <source>Share with a &amp;mentor or coach</source>
        <translation>Delen met een &amp;mentor of coach</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; type it as 20-11-2026.</source>
        <translation>&apos;{text}&apos; is geen datum; typ hem als 20-11-2026.</translation>
    </message>
</context>
<context>
    <name>ContactMomentsPage</name>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Dagen vooruit</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> dagen vooruit</translation>
    </message>
    <message>
        <source>Number of contact moments</source>
        <translation>Aantal contactmomenten</translation>
    </message>
    <message>
        <source>School leavers to contact, overdue and due within</source>
        <translation>Schoolverlaters om contact mee op te nemen, te laat en binnen</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>Left school</source>
        <translation>Van school</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Contact moments by who makes them</source>
        <translation>Contactmomenten per wie ze doet</translation>
    </message>
    <message>
        <source>Choose a contact moment in the list.</source>
        <translation>Kies een contactmoment in de lijst.</translation>
    </message>
    <message>
        <source>Date of the contact</source>
        <translation>Datum van het contact</translation>
    </message>
    <message>
        <source>Contact &amp;made on:</source>
        <translation>Contact &amp;gehad op:</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Vast</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tijdelijk</translation>
    </message>
    <message>
        <source>If working, &amp;contract:</source>
        <translation>Als er werk is, &amp;contract:</translation>
    </message>
    <message>
        <source>Level of the job</source>
        <translation>Niveau van het werk</translation>
    </message>
    <message>
        <source>At level</source>
        <translation>Op niveau</translation>
    </message>
    <message>
        <source>Below level</source>
        <translation>Onder niveau</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau:</translation>
    </message>
    <message>
        <source>Field of the job</source>
        <translation>Vakgebied van het werk</translation>
    </message>
    <message>
        <source>In the field of training</source>
        <translation>In het vak van de opleiding</translation>
    </message>
    <message>
        <source>Outside the field</source>
        <translation>Buiten het vak</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Vakgebied:</translation>
    </message>
    <message>
        <source>What was said, briefly; no health details</source>
        <translation>Kort wat er gezegd is; geen gezondheidsgegevens</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;titie:</translation>
    </message>
    <message>
        <source>Key {key} in the list</source>
        <translation>Toets {key} in de lijst</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet bekend</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Niemand toegewezen</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} maanden</translation>
    </message>
    <message>
        <source>{moments}, {overdue} overdue</source>
        <translation>{moments}, {overdue} te laat</translation>
    </message>
    <message numerus="yes">
        <source>%n contact moments</source>
        <translation>
            <numerusform>%n contactmoment</numerusform>
            <numerusform>%n contactmomenten</numerusform>
        </translation>
    </message>
    <message>
        <source>{young}: contact {months} months after leaving school on {left}.</source>
        <translation>{young}: contact {months} maanden nadat de jongere op {left} van school ging.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; type it as 20-11-2026.</source>
        <translation>&apos;{text}&apos; is geen datum; typ hem als 20-11-2026.</translation>
    </message>
    <message>
        <source>{young}: {status}.</source>
        <translation>{young}: {status}.</translation>
    </message>
    <message>
        <source>Back to the table?</source>
        <translation>Terug naar tafel?</translation>
    </message>
    <message>
        <source>A worrying answer. Put {young} on the agenda of the next session ({date})?</source>
        <translation>Een zorgelijk antwoord. {young} op de agenda van de volgende sessie ({date}) zetten?</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Matchtafel ran into a problem it did not expect. What was saved is safe, and you can usually carry on working.

If this happens again, restart Matchtafel and send the details to whoever supports Matchtafel in your region. The details hold the version and the end of the log file, no names or notes.</source>
        <translation>Matchtafel liep tegen een probleem aan dat het niet verwachtte. Wat bewaard is, blijft bewaard, en meestal kunt u gewoon doorwerken.

Gebeurt dit vaker, start Matchtafel dan opnieuw en stuur de details naar wie Matchtafel in uw regio ondersteunt. De details bevatten de versie en het einde van het logbestand, geen namen of notities.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopieer details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopieer details</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <source>C&amp;arry on</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>EmployersRegister</name>
    <message>
        <source>Employers</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Recognised training company</source>
        <translation>Erkend leerbedrijf</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Niet erkend</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>Recognised training company (SBB)</source>
        <translation>Erkend leerbedrijf (SBB)</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Contactpersoon</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail</source>
        <translation>&amp;E-mail contactpersoon</translation>
    </message>
    <message>
        <source>Contact p&amp;hone</source>
        <translation>&amp;Telefoon contactpersoon</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>Nieuwe werkgever</translation>
    </message>
    <message>
        <source>Employer: {name}</source>
        <translation>Werkgever: {name}</translation>
    </message>
    <message>
        <source>{title} · {kind} · {status} · open until {date}</source>
        <translation>{title} · {kind} · {status} · open tot {date}</translation>
    </message>
    <message>
        <source>Vacancies of this employer</source>
        <translation>Vacatures van deze werkgever</translation>
    </message>
    <message>
        <source>No vacancies yet.</source>
        <translation>Nog geen vacatures.</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>Invited by {owner}: only {owner}, the event&apos;s organiser and the coordinator change this invitation.</source>
        <translation>Uitgenodigd door {owner}: alleen {owner}, de organisator van het event en de coördinator wijzigen deze uitnodiging.</translation>
    </message>
    <message>
        <source>Only the event&apos;s organiser and the coordinator change this invitation.</source>
        <translation>Alleen de organisator van het event en de coördinator wijzigen deze uitnodiging.</translation>
    </message>
    <message>
        <source>young person</source>
        <translation>jongere</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>ondersteuner</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>werkgever</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Invited and who came</source>
        <translation>Uitgenodigd en wie er kwam</translation>
    </message>
    <message>
        <source>Invite a &amp;young person…</source>
        <translation>&amp;Jongere uitnodigen…</translation>
    </message>
    <message>
        <source>Invite a suppo&amp;rter…</source>
        <translation>O&amp;ndersteuner uitnodigen…</translation>
    </message>
    <message>
        <source>Invite an e&amp;mployer…</source>
        <translation>Werk&amp;gever uitnodigen…</translation>
    </message>
    <message>
        <source>&amp;Contact made…</source>
        <translation>&amp;Contact gelegd…</translation>
    </message>
    <message>
        <source>Propose from this e&amp;vent…</source>
        <translation>&amp;Voordragen vanuit dit event…</translation>
    </message>
    <message>
        <source>Invitation &amp;list (PDF)…</source>
        <translation>Uitnodigingslijst (PD&amp;F)…</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>Gelegde contacten</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Wat het opleverde</translation>
    </message>
    <message>
        <source>Event status</source>
        <translation>Status van het event</translation>
    </message>
    <message>
        <source>Came: {young} of {young_invited} young people, {supporters} of {supporters_invited} supporters, {employers} of {employers_invited} employers · {contacts} contacts · {proposals} proposals ({placed} placed) · {links} links</source>
        <translation>Gekomen: {young} van {young_invited} jongeren, {supporters} van {supporters_invited} ondersteuners, {employers} van {employers_invited} werkgevers · {contacts} contacten · {proposals} voordrachten ({placed} geplaatst) · {links} koppelingen</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Uitnodigen</translation>
    </message>
    <message>
        <source>Code of the young person:</source>
        <translation>Code van de jongere:</translation>
    </message>
    <message>
        <source>Invite a supporter</source>
        <translation>Ondersteuner uitnodigen</translation>
    </message>
    <message>
        <source>Invite an employer</source>
        <translation>Werkgever uitnodigen</translation>
    </message>
    <message>
        <source>Invite young people and employers or supporters first.</source>
        <translation>Nodig eerst jongeren en werkgevers of ondersteuners uit.</translation>
    </message>
    <message>
        <source>Contact made: young person</source>
        <translation>Contact gelegd: jongere</translation>
    </message>
    <message>
        <source>Contact made with</source>
        <translation>Contact gelegd met</translation>
    </message>
    <message>
        <source>Contact made</source>
        <translation>Contact gelegd</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Notitie (niet verplicht):</translation>
    </message>
    <message>
        <source>Invite young people and employers with open places first.</source>
        <translation>Nodig eerst jongeren en werkgevers met open plekken uit.</translation>
    </message>
    <message>
        <source>Propose: young person</source>
        <translation>Voordragen: jongere</translation>
    </message>
    <message>
        <source>Propose for</source>
        <translation>Voordragen voor</translation>
    </message>
    <message>
        <source>Proposed; it is followed up under Follow-up.</source>
        <translation>Voorgedragen; de opvolging staat onder Opvolging.</translation>
    </message>
    <message>
        <source>Invitation list</source>
        <translation>Uitnodigingslijst</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Opgeslagen in {path}.</translation>
    </message>
</context>
<context>
    <name>EventsRegister</name>
    <message>
        <source>Matching events</source>
        <translation>Matchingsevents</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Gekomen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Voordrachten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Nog te komen</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Geweest</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>&amp;Begint om</translation>
    </message>
    <message>
        <source>e.g. 14:00</source>
        <translation>bijvoorbeeld 14:00</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes)</source>
        <translation>D&amp;uur (minuten)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Organisator</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Besch&amp;rijving</translation>
    </message>
    <message>
        <source>What happens; no details about young people.</source>
        <translation>Wat er gebeurt; geen gegevens over jongeren.</translation>
    </message>
    <message>
        <source>What came o&amp;f it</source>
        <translation>Wat het opl&amp;everde</translation>
    </message>
    <message>
        <source>Afterwards: how it went, what follows. No details about young people.</source>
        <translation>Achteraf: hoe het ging, wat er volgt. Geen gegevens over jongeren.</translation>
    </message>
    <message>
        <source>New matching event</source>
        <translation>Nieuw matchingsevent</translation>
    </message>
    <message>
        <source>Event: {title} ({date})</source>
        <translation>Event: {title} ({date})</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>&amp;Proposals</source>
        <translation>&amp;Voordrachten</translation>
    </message>
    <message>
        <source>&amp;Nazorg calls</source>
        <translation>&amp;Nazorggesprekken</translation>
    </message>
    <message>
        <source>School &amp;leavers</source>
        <translation>School&amp;verlaters</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>&amp;Calendar file…</source>
        <translation>&amp;Agendabestand…</translation>
    </message>
    <message>
        <source>Save deadlines and sessions as a calendar file</source>
        <translation>Termijnen en sessies opslaan als agendabestand</translation>
    </message>
    <message>
        <source>Saved {count} appointments in {path}.</source>
        <translation>{count} afspraken opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Agendabestand</translation>
    </message>
    <message>
        <source>Open agreements with a deadline, school leavers&apos; contact moments, and the sessions, for Outlook or another calendar.</source>
        <translation>Open afspraken met een termijn, contactmomenten met schoolverlaters en de sessies, voor Outlook of een andere agenda.</translation>
    </message>
    <message>
        <source>Whose deadlines</source>
        <translation>Wiens termijnen</translation>
    </message>
    <message>
        <source>Mine ({name})</source>
        <translation>Van mij ({name})</translation>
    </message>
    <message>
        <source>My organisation&apos;s ({name})</source>
        <translation>Van mijn organisatie ({name})</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Van iedereen</translation>
    </message>
    <message>
        <source>&amp;Deadlines of:</source>
        <translation>&amp;Termijnen van:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <source>Matchtafel deadlines</source>
        <translation>Matchtafel-termijnen</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Agendabestand opslaan</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Matchtafel manual</source>
        <translation>Handleiding Matchtafel</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>Manual navigation</source>
        <translation>Navigatie in de handleiding</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Keys of this screen (F1)</source>
        <translation>Sneltoetsen van dit scherm (F1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import young people or vacancies</source>
        <translation>Jongeren of vacatures importeren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>Welk bestand?</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Jongeren</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Wat importeren</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>&amp;Importeren:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>a .xlsx or .csv file</source>
        <translation>een .xlsx- of .csv-bestand</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>found automatically</source>
        <translation>automatisch gevonden</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codering</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Scheidingsteken</translation>
    </message>
    <message>
        <source>&amp;Encoding (CSV):</source>
        <translation>&amp;Codering (CSV):</translation>
    </message>
    <message>
        <source>&amp;Delimiter (CSV):</source>
        <translation>&amp;Scheidingsteken (CSV):</translation>
    </message>
    <message>
        <source>Save a &amp;template with the expected columns…</source>
        <translation>Een &amp;sjabloon met de verwachte kolommen opslaan…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Sjabloon opslaan</translation>
    </message>
    <message>
        <source>Template saved: {path}</source>
        <translation>Sjabloon opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Welke kolom bevat wat?</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Voorbeeld van de eerste rijen</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(niet in het bestand)</translation>
    </message>
    <message>
        <source>Never imported (Matchtafel does not store them): {columns}</source>
        <translation>Nooit geïmporteerd (Matchtafel bewaart ze niet): {columns}</translation>
    </message>
    <message>
        <source>School for every row</source>
        <translation>School voor elke rij</translation>
    </message>
    <message>
        <source>(none: the file has a School column)</source>
        <translation>(geen: het bestand heeft een kolom School)</translation>
    </message>
    <message>
        <source>School for &amp;every row:</source>
        <translation>School voor &amp;elke rij:</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}.</source>
        <translation>Kies een kolom voor: {fields}.</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>Controleren en importeren</translation>
    </message>
    <message>
        <source>Problems per row</source>
        <translation>Problemen per rij</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Wat te verbeteren</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Elke rij wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>{new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd.</translation>
    </message>
    <message>
        <source>New employers: {names}.</source>
        <translation>Nieuwe werkgevers: {names}.</translation>
    </message>
    <message>
        <source>The first {shown} of {count} problems are listed; fix these first.</source>
        <translation>De eerste {shown} van {count} problemen staan hieronder; los die eerst op.</translation>
    </message>
    <message>
        <source>Skip the {n} rows with problems and import the rest</source>
        <translation>De {n} rijen met problemen overslaan en de rest importeren</translation>
    </message>
    <message>
        <source>The shared server&apos;s own backups cover this import.</source>
        <translation>De eigen reservekopieën van de gedeelde server dekken deze import.</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated.</source>
        <translation>Geïmporteerd: {new} nieuw, {updated} bijgewerkt.</translation>
    </message>
    <message>
        <source>Backup copy: {path}</source>
        <translation>Reservekopie: {path}</translation>
    </message>
</context>
<context>
    <name>InviteesPicker</name>
    <message>
        <source>Find a person or organisation…</source>
        <translation>Zoek een persoon of organisatie…</translation>
    </message>
    <message>
        <source>Find invitees</source>
        <translation>Genodigden zoeken</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Genodigden</translation>
    </message>
    <message>
        <source>Number invited</source>
        <translation>Aantal genodigden</translation>
    </message>
    <message>
        <source>{people} invited from {organisations} organisations</source>
        <translation>{people} genodigden van {organisations} organisaties</translation>
    </message>
</context>
<context>
    <name>LeaverPanel</name>
    <message>
        <source>{months} months ({date})</source>
        <translation>{months} maanden ({date})</translation>
    </message>
    <message>
        <source>not made yet</source>
        <translation>nog niet gedaan</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>vast</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>tijdelijk</translation>
    </message>
    <message>
        <source>below level</source>
        <translation>onder niveau</translation>
    </message>
    <message>
        <source>at level</source>
        <translation>op niveau</translation>
    </message>
    <message>
        <source>outside the field</source>
        <translation>buiten het vak</translation>
    </message>
    <message>
        <source>in the field</source>
        <translation>in het vak</translation>
    </message>
    <message>
        <source>worrying</source>
        <translation>zorgelijk</translation>
    </message>
    <message>
        <source>After school</source>
        <translation>Na school</translation>
    </message>
    <message>
        <source>Leaving school and contact</source>
        <translation>Van school en contact</translation>
    </message>
    <message>
        <source>School lea&amp;ving…</source>
        <translation>Van school ge&amp;gaan…</translation>
    </message>
    <message>
        <source>Record leaving school</source>
        <translation>Vastleggen dat de jongere van school ging</translation>
    </message>
    <message>
        <source>Who &amp;keeps contact…</source>
        <translation>Wie houdt &amp;contact…</translation>
    </message>
    <message>
        <source>Change who keeps contact</source>
        <translation>Wijzigen wie contact houdt</translation>
    </message>
    <message>
        <source>Not recorded as a school leaver.</source>
        <translation>Niet vastgelegd als schoolverlater.</translation>
    </message>
    <message>
        <source>the case holder</source>
        <translation>de casushouder</translation>
    </message>
    <message>
        <source>Left school on {date}: {how}.</source>
        <translation>Van school gegaan op {date}: {how}.</translation>
    </message>
    <message>
        <source>{who} keeps contact: {channel}, every {weeks} weeks.</source>
        <translation>{who} houdt contact: {channel}, elke {weeks} weken.</translation>
    </message>
    <message>
        <source>Leaving school</source>
        <translation>Van school</translation>
    </message>
    <message>
        <source>Who keeps contact</source>
        <translation>Wie houdt contact</translation>
    </message>
    <message>
        <source>Day of leaving</source>
        <translation>Dag van vertrek van school</translation>
    </message>
    <message>
        <source>How the young person left</source>
        <translation>Hoe de jongere van school ging</translation>
    </message>
    <message>
        <source>&amp;Left school on:</source>
        <translation>&amp;Van school op:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Met:</translation>
    </message>
    <message>
        <source>&amp;Keeps contact:</source>
        <translation>&amp;Houdt contact:</translation>
    </message>
    <message>
        <source>How contact is kept</source>
        <translation>Hoe contact wordt gehouden</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hoe:</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hoe vaak</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Elke:</translation>
    </message>
    <message>
        <source>Contact moments at 3, 6 and 12 months after leaving are planned for whoever keeps contact.</source>
        <translation>Contactmomenten 3, 6 en 12 maanden na school worden gepland voor wie contact houdt.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; type it as 20-11-2026.</source>
        <translation>&apos;{text}&apos; is geen datum; typ hem als 20-11-2026.</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <source>Mentoring links</source>
        <translation>Koppelingen met ondersteuners</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Ondersteuner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Waarom gestopt</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Laatste stap</translation>
    </message>
    <message>
        <source>From event</source>
        <translation>Vanuit event</translation>
    </message>
    <message>
        <source>Filter on code or supporter (Ctrl+F)</source>
        <translation>Filter op code of ondersteuner (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Kind of supporter</source>
        <translation>Soort ondersteuner</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Number of links shown</source>
        <translation>Aantal getoonde koppelingen</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} van {total}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Key {key} in the list</source>
        <translation>Toets {key} in de lijst</translation>
    </message>
    <message>
        <source>&amp;Introduction…</source>
        <translation>&amp;Kennismaking…</translation>
    </message>
    <message>
        <source>What the supporter may be told</source>
        <translation>Wat de ondersteuner mag weten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <source>History of the link</source>
        <translation>Verloop van de koppeling</translation>
    </message>
    <message>
        <source>Choose a link in the list.</source>
        <translation>Kies een koppeling in de lijst.</translation>
    </message>
    <message>
        <source>{young} with {supporter} ({kind}): {status}</source>
        <translation>{young} met {supporter} ({kind}): {status}</translation>
    </message>
    <message>
        <source>A link that is {current} can go to: {allowed}.</source>
        <translation>Een koppeling die {current} is, kan naar: {allowed}.</translation>
    </message>
    <message>
        <source>{young}: {status}.</source>
        <translation>{young}: {status}.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Kennismaking</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>For {supporter}:</source>
        <translation>Voor {supporter}:</translation>
    </message>
    <message>
        <source>The consent does not cover sharing with a mentor or coach: pass on no more than code and initials.</source>
        <translation>De toestemming geldt niet voor delen met een mentor of coach: geef niet meer door dan code en initialen.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Wanted sectors</source>
        <translation>Gewenste sectoren</translation>
    </message>
    <message>
        <source>Home place</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Help asked for</source>
        <translation>Gevraagde hulp</translation>
    </message>
    <message>
        <source>Shared within the consent; recorded in the audit log.</source>
        <translation>Gedeeld binnen de toestemming; vastgelegd in het auditlog.</translation>
    </message>
    <message>
        <source>End the link</source>
        <translation>Koppeling beëindigen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Optional; no health details</source>
        <translation>Niet verplicht; geen gezondheidsgegevens</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>&amp;End the link</source>
        <translation>Koppeling &amp;beëindigen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Matchtafel</source>
        <translation>Matchtafel</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Plan a Matchtafel, run it case by case, and lock the minutes.</source>
        <translation>Plan een Matchtafel, bespreek casus voor casus en stel het verslag vast.</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Jongeren</translation>
    </message>
    <message>
        <source>The young people the table keeps in view, shown as code and initials.</source>
        <translation>De jongeren die de tafel in beeld houdt, getoond als code en initialen.</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <source>Jobs, leerbanen, internships and trial placements at employers.</source>
        <translation>Banen, leerbanen, stages en proefplaatsingen bij werkgevers.</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <source>The employers that offer places, and their contacts.</source>
        <translation>De werkgevers die plekken bieden, en hun contactpersonen.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Schools, the municipality, WSP and UWV, and the people who work there.</source>
        <translation>Scholen, de gemeente, WSP en UWV, en de mensen die er werken.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Proposals, placements and nazorg checkpoints after the meeting.</source>
        <translation>Voordrachten, plaatsingen en nazorgmomenten na de tafel.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Figures without names: how many young people found lasting work.</source>
        <translation>Cijfers zonder namen: hoeveel jongeren duurzaam werk vonden.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>The audit log, retention and the data inventory, for the privacy officer.</source>
        <translation>Het auditlog, de bewaartermijn en de gegevensinventaris, voor de privacyfunctionaris.</translation>
    </message>
    <message>
        <source>Mentors and events</source>
        <translation>Mentoren en events</translation>
    </message>
    <message>
        <source>Mentors and coaches linked to young people, and the calendar of matching events.</source>
        <translation>Mentoren en coaches gekoppeld aan jongeren, en de kalender van matchingsevents.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import young people or vacancies…</source>
        <translation>Jongeren of vacatures &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Reservekopie terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Herinneringen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;Keys of this screen</source>
        <translation>&amp;Sneltoetsen van dit scherm</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <source>&amp;About Matchtafel</source>
        <translation>&amp;Over Matchtafel</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Database openen…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Aantallen</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>Gebruiker: {user}</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message numerus="yes">
        <source>%n young people</source>
        <translation>
            <numerusform>%n jongere</numerusform>
            <numerusform>%n jongeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open vacancies</source>
        <translation>
            <numerusform>%n open vacature</numerusform>
            <numerusform>%n open vacatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employers</source>
        <translation>
            <numerusform>%n werkgever</numerusform>
            <numerusform>%n werkgevers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions planned</source>
        <translation>
            <numerusform>%n sessie gepland</numerusform>
            <numerusform>%n sessies gepland</numerusform>
        </translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Geen database geopend</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Database beschadigd</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <source>About Matchtafel</source>
        <translation>Over Matchtafel</translation>
    </message>
    <message>
        <source>Matchtafel {version}: the meeting assistant for the regional table that finds work for young people.</source>
        <translation>Matchtafel {version}: de vergaderassistent voor de regionale tafel die werk vindt voor jongeren.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Logbestand: {path}</translation>
    </message>
    <message>
        <source>Place data: GeoNames (www.geonames.org), licensed CC BY 4.0.</source>
        <translation>Plaatsgegevens: GeoNames (www.geonames.org), licentie CC BY 4.0.</translation>
    </message>
</context>
<context>
    <name>Matchtafel</name>
    <message>
        <source>The database {path} is damaged ({detail}). Do not enter anything more: restore the most recent backup (File &gt; Restore a backup…).</source>
        <translation>De database {path} is beschadigd ({detail}). Voer niets meer in: zet de meest recente reservekopie terug (Bestand &gt; Reservekopie terugzetten…).</translation>
    </message>
    <message>
        <source>SQLite file, encrypted (SQLCipher)</source>
        <translation>SQLite-bestand, versleuteld (SQLCipher)</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-bestand</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Databaseschema</translation>
    </message>
    <message>
        <source>Retention: {count} young people past {months} months were anonymised.</source>
        <translation>Bewaartermijn: {count} jongeren ouder dan {months} maanden zijn geanonimiseerd.</translation>
    </message>
    <message>
        <source>Matchtafel ran into an internal error: {error}</source>
        <translation>Matchtafel liep tegen een interne fout aan: {error}</translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation>Server niet bereikbaar</translation>
    </message>
    <message>
        <source>Open the local file {path} instead?</source>
        <translation>In plaats daarvan het lokale bestand {path} openen?</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Versleutelde database</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Warning: the database is in a shared or synchronised folder ({place}). It can be damaged there when two computers or the sync program write at once; keep it on this computer.</source>
        <translation>Let op: de database staat in een gedeelde of gesynchroniseerde map ({place}). Daar kan hij beschadigd raken als twee computers of het synchronisatieprogramma tegelijk schrijven; bewaar hem op deze computer.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>A shared server is backed up and restored by its administrator.</source>
        <translation>Van een gedeelde server maakt en herstelt de beheerder de reservekopieën.</translation>
    </message>
    <message>
        <source>Backup restored; {count} young people erased since then were erased again.</source>
        <translation>Reservekopie teruggezet; {count} jongeren die sindsdien zijn gewist, zijn opnieuw gewist.</translation>
    </message>
    <message>
        <source>The database as it was is kept in {path}.</source>
        <translation>De database zoals hij was, staat in {path}.</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>The documents folder {folder} cannot be made ({reason}); documents go to {fallback}.</source>
        <translation>De documentenmap {folder} kan niet worden gemaakt ({reason}); documenten komen in {fallback}.</translation>
    </message>
    <message>
        <source>The documents folder {folder} did not exist; it has been made.</source>
        <translation>De documentenmap {folder} bestond niet; hij is aangemaakt.</translation>
    </message>
    <message>
        <source>Make the minutes</source>
        <translation>Verslag maken</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sessie:</translation>
    </message>
    <message>
        <source>&amp;Review of open agreements</source>
        <translation>&amp;Terugblik op open afspraken</translation>
    </message>
    <message>
        <source>Case &amp;notes</source>
        <translation>&amp;Notities per casus</translation>
    </message>
    <message>
        <source>New &amp;vacancies</source>
        <translation>Nieuwe &amp;vacatures</translation>
    </message>
    <message>
        <source>&amp;Action list</source>
        <translation>&amp;Actielijst</translation>
    </message>
    <message>
        <source>List the agreements not &amp;discussed</source>
        <translation>Niet &amp;besproken afspraken opsommen</translation>
    </message>
    <message>
        <source>Otherwise one line counts the open agreements the session did not discuss.</source>
        <translation>Anders telt één regel de open afspraken die de sessie niet besprak.</translation>
    </message>
    <message>
        <source>&amp;Full names (only with consent; logged)</source>
        <translation>&amp;Volledige namen (alleen met toestemming; wordt vastgelegd)</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Taal van het document</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>&amp;Make and open</source>
        <translation>&amp;Maken en openen</translation>
    </message>
    <message>
        <source>No session has been held yet: there are no minutes to make.</source>
        <translation>Er is nog geen sessie gehouden: er is geen verslag te maken.</translation>
    </message>
    <message>
        <source>Save the minutes in</source>
        <translation>Verslag opslaan in</translation>
    </message>
    <message>
        <source>Making the minutes…</source>
        <translation>Het verslag wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>OrganisationsRegister</name>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisaties</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>Organisations and people</source>
        <translation>Organisaties en personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role at the table</source>
        <translation>Rol aan tafel</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>Organisatie: {name}</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>e.g. loopbaancoach, accountmanager</source>
        <translation>bijv. loopbaancoach, accountmanager</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation>Persoon: {name}</translation>
    </message>
</context>
<context>
    <name>OverviewFilters</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Kalenderjaar</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Van … tot en met …</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>from dd-mm-yyyy</source>
        <translation>van dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>to dd-mm-yyyy</source>
        <translation>t/m dd-mm-jjjj</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>All employers</source>
        <translation>Alle werkgevers</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Soort plaats</translation>
    </message>
    <message>
        <source>All kinds of place</source>
        <translation>Alle soorten plaatsen</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; type it as 20-11-2026.</source>
        <translation>&apos;{text}&apos; is geen datum; typ hem als 20-11-2026.</translation>
    </message>
    <message>
        <source>Type the first and the last day, the last not before the first.</source>
        <translation>Typ de eerste en de laatste dag; de laatste niet vóór de eerste.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>De cijfers worden berekend…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Opslaan als &amp;CSV…</translation>
    </message>
    <message>
        <source>Compute the figures again</source>
        <translation>De cijfers opnieuw berekenen</translation>
    </message>
    <message>
        <source>Save the overview as a PDF report</source>
        <translation>Het overzicht opslaan als PDF-rapport</translation>
    </message>
    <message>
        <source>Save the figures as a CSV file</source>
        <translation>De cijfers opslaan als CSV-bestand</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <source>{proposals} proposals, {placed} led to a job or trial placement; in work at the 6-month call: {share}. No names: counts only.</source>
        <translation>{proposals} voordrachten, {placed} leidden tot een baan of proefplaatsing; aan het werk bij het gesprek na 6 maanden: {share}. Geen namen: alleen aantallen.</translation>
    </message>
    <message>
        <source>Employer, sector and kind narrow proposals, placements and nazorg, not the young people discussed or the school leavers.</source>
        <translation>Werkgever, sector en soort beperken voordrachten, plaatsingen en nazorg, niet de besproken jongeren of de schoolverlaters.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-rapport (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>Save the overview</source>
        <translation>Het overzicht opslaan</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Type to narrow the list…</source>
        <translation>Typ om de lijst te verkleinen…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} van {total}</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Auditlog</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Bewaartermijn</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>&amp;Data inventory (DPIA)…</source>
        <translation>Gegevens&amp;inventaris (DPIA)…</translation>
    </message>
    <message>
        <source>Save the data inventory for the DPIA as PDF</source>
        <translation>De gegevensinventaris voor de DPIA opslaan als PDF</translation>
    </message>
    <message>
        <source>On this shared server the coordinator reads the audit log and runs retention. The data inventory for the DPIA is for everyone.</source>
        <translation>Op deze gedeelde server leest de coördinator het auditlog en voert hij de bewaartermijn uit. De gegevensinventaris voor de DPIA is voor iedereen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Saving the data inventory…</source>
        <translation>De gegevensinventaris wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>Who (name or organisation)</source>
        <translation>Wie (naam of organisatie)</translation>
    </message>
    <message>
        <source>Young person (code)</source>
        <translation>Jongere (code)</translation>
    </message>
    <message>
        <source>From (dd-mm-yyyy)</source>
        <translation>Vanaf (dd-mm-jjjj)</translation>
    </message>
    <message>
        <source>Until (dd-mm-yyyy)</source>
        <translation>Tot en met (dd-mm-jjjj)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; type it as 20-11-2026.</source>
        <translation>&apos;{text}&apos; is geen datum; typ hem als 20-11-2026.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handelingen</translation>
    </message>
    <message>
        <source>{count} lines, newest first.</source>
        <translation>{count} regels, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Saved {count} lines in {path}.</source>
        <translation>{count} regels opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Aan de beurt sinds</translation>
    </message>
    <message>
        <source>Who would be anonymised</source>
        <translation>Wie geanonimiseerd zou worden</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>A&amp;nonymise these…</source>
        <translation>Deze a&amp;nonimiseren…</translation>
    </message>
    <message>
        <source>Supporters who would be anonymised</source>
        <translation>Ondersteuners die geanonimiseerd zouden worden</translation>
    </message>
    <message>
        <source>Anonymise these &amp;supporters…</source>
        <translation>Deze &amp;ondersteuners anonimiseren…</translation>
    </message>
    <message>
        <source>Personal data is anonymised {months} months after the last nazorg call or the last time the young person was discussed. The counts in the overview stay right. Below: who is due now.</source>
        <translation>Persoonsgegevens worden {months} maanden na het laatste nazorggesprek of de laatste bespreking geanonimiseerd. De aantallen in het overzicht blijven kloppen. Hieronder: wie nu aan de beurt is.</translation>
    </message>
    <message>
        <source>Who is due</source>
        <translation>Wie aan de beurt is</translation>
    </message>
    <message>
        <source>{count} young people are due.</source>
        <translation>{count} jongeren zijn aan de beurt.</translation>
    </message>
    <message>
        <source>Supporter {name} · last activity {last} · due since {due}</source>
        <translation>Ondersteuner {name} · laatste activiteit {last} · aan de beurt sinds {due}</translation>
    </message>
    <message>
        <source>Anonymise {count} supporters now? Their names and contact details cannot be brought back.</source>
        <translation>Nu {count} ondersteuners anonimiseren? Hun namen en contactgegevens zijn daarna niet terug te halen.</translation>
    </message>
    <message>
        <source>{count} supporters anonymised.</source>
        <translation>{count} ondersteuners geanonimiseerd.</translation>
    </message>
    <message>
        <source>{count} young people anonymised.</source>
        <translation>{count} jongeren geanonimiseerd.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <source>Anonymise {count} young people now? Their names and notes cannot be brought back.</source>
        <translation>Nu {count} jongeren anonimiseren? Hun namen en aantekeningen komen niet meer terug.</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Any age of the last step</source>
        <translation>Elke leeftijd van de laatste stap</translation>
    </message>
    <message>
        <source>No step for a week or more</source>
        <translation>Een week of langer geen stap</translation>
    </message>
    <message>
        <source>No step for 3 weeks or more</source>
        <translation>3 weken of langer geen stap</translation>
    </message>
    <message>
        <source>My proposals</source>
        <translation>Mijn voordrachten</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Voordrachten</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Laatste stap</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Filter on code, vacancy or employer (Ctrl+F)</source>
        <translation>Filter op code, vacature of werkgever (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Age of the last step</source>
        <translation>Leeftijd van de laatste stap</translation>
    </message>
    <message>
        <source>Number of proposals shown</source>
        <translation>Aantal getoonde voordrachten</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} van {total}</translation>
    </message>
    <message>
        <source>Choose a proposal in the list.</source>
        <translation>Kies een voordracht in de lijst.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Key {key} in the list</source>
        <translation>Toets {key} in de lijst</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <source>History of the proposal</source>
        <translation>Verloop van de voordracht</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Van iedereen</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <source>{young} for {vacancy} at {employer}: {status}</source>
        <translation>{young} voor {vacancy} bij {employer}: {status}</translation>
    </message>
    <message>
        <source>{when} · {status} · {by}</source>
        <translation>{when} · {status} · {by}</translation>
    </message>
    <message>
        <source>A proposal that is {current} can go to: {allowed}.</source>
        <translation>Een voordracht met status {current} kan naar: {allowed}.</translation>
    </message>
    <message>
        <source>This proposal is {current}: that is final.</source>
        <translation>Deze voordracht is {current}: dat is definitief.</translation>
    </message>
    <message>
        <source>{young}: {status}.</source>
        <translation>{young}: {status}.</translation>
    </message>
    <message>
        <source>Follow-up calls planned on {dates}.</source>
        <translation>Nazorggesprekken gepland op {dates}.</translation>
    </message>
    <message>
        <source>All places of this vacancy are taken: it is marked filled.</source>
        <translation>Alle plaatsen van deze vacature zijn bezet: ze staat nu op vervuld.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Terugtrekken</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Someone</source>
        <translation>Iemand</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <source>You changed this record. Leave without saving?</source>
        <translation>Je hebt dit gewijzigd. Weggaan zonder opslaan?</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Registered by {owner}: only {owner} and the coordinator may change or archive this.</source>
        <translation>Vastgelegd door {owner}: alleen {owner} en de coördinator mogen dit wijzigen of archiveren.</translation>
    </message>
    <message>
        <source>Registered without an owning organisation: only the coordinator may change or archive this.</source>
        <translation>Vastgelegd zonder eigenaar-organisatie: alleen de coördinator mag dit wijzigen of archiveren.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation>Filteren… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>De lijst filteren</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Gearchiveerde tonen</translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation>Aantal rijen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>The rows now shown, to Excel (.xlsx) or CSV</source>
        <translation>De rijen die nu getoond worden, naar Excel (.xlsx) of CSV</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>All: {category}</source>
        <translation>Alle: {category}</translation>
    </message>
    <message>
        <source>{visible} of {total}</source>
        <translation>{visible} van {total}</translation>
    </message>
    <message>
        <source>{n} rows exported to {path}</source>
        <translation>{n} rijen geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>Exporting {n} rows…</source>
        <translation>{n} rijen worden geëxporteerd…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Export with names?</source>
        <translation>Met namen exporteren?</translation>
    </message>
    <message>
        <source>Export full names too? This is recorded in the audit log. Without names the list shows code and initials.</source>
        <translation>Ook volledige namen exporteren? Dit wordt in het auditlog vastgelegd. Zonder namen toont de lijst code en initialen.</translation>
    </message>
    <message>
        <source>Why do you need the names? This is recorded.</source>
        <translation>Waarom hebt u de namen nodig? Dit wordt vastgelegd.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>Overdue agreements</source>
        <translation>Afspraken over de termijn</translation>
    </message>
    <message>
        <source>Vacancies closing within 14 days</source>
        <translation>Vacatures die binnen 14 dagen sluiten</translation>
    </message>
    <message>
        <source>Proposals without a step for 3 weeks</source>
        <translation>Voordrachten zonder stap in 3 weken</translation>
    </message>
    <message>
        <source>Older reminders</source>
        <translation>Oudere herinneringen</translation>
    </message>
    <message>
        <source>Due now for {organisation}</source>
        <translation>Nu aan de beurt voor {organisation}</translation>
    </message>
    <message>
        <source>Due now, for everyone (your organisation is not in the register)</source>
        <translation>Nu aan de beurt, voor iedereen (uw organisatie staat niet in het register)</translation>
    </message>
    <message>
        <source>Nazorg calls due now</source>
        <translation>Nazorggesprekken die nu aan de beurt zijn</translation>
    </message>
    <message>
        <source>School leavers to contact now</source>
        <translation>Schoolverlaters om nu contact mee op te nemen</translation>
    </message>
    <message numerus="yes">
        <source>%n agreements overdue for longer (in the session review)</source>
        <translation>
            <numerusform>%n afspraak al langer over tijd (in de terugblik van de sessie)</numerusform>
            <numerusform>%n afspraken al langer over tijd (in de terugblik van de sessie)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nazorg calls overdue for longer (Nazorg screen)</source>
        <translation>
            <numerusform>%n nazorggesprek al langer over tijd (scherm Nazorg)</numerusform>
            <numerusform>%n nazorggesprekken al langer over tijd (scherm Nazorg)</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… en nog {count}</translation>
    </message>
    <message>
        <source>Reminders ({count})</source>
        <translation>Herinneringen ({count})</translation>
    </message>
    <message>
        <source>{code}: check during the BPV period</source>
        <translation>{code}: check tijdens de BPV-periode</translation>
    </message>
    <message>
        <source>{code}: {months}-month call</source>
        <translation>{code}: gesprek na {months} maanden</translation>
    </message>
    <message>
        <source>{code}: contact {months} months after school</source>
        <translation>{code}: contact {months} maanden na school</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>at start</source>
        <translation>bij het starten</translation>
    </message>
    <message>
        <source>while working</source>
        <translation>tijdens het werk</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>met de hand gemaakt</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>voor een upgrade</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>voor een import</translation>
    </message>
    <message>
        <source>before an erasure</source>
        <translation>voor het wissen van een jongere</translation>
    </message>
    <message>
        <source>before retention</source>
        <translation>voor het opschonen (bewaartermijn)</translation>
    </message>
    <message>
        <source>before encryption</source>
        <translation>voor het versleutelen</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>voor het terugzetten</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Restoring puts the chosen backup in the place of the current database. The current database is kept aside in the backups folder, and everyone erased since the backup was made is erased again.</source>
        <translation>Terugzetten zet de gekozen reservekopie in de plaats van de huidige database. De huidige database wordt apart bewaard in de map met reservekopieën, en wie sinds de reservekopie is gewist, wordt opnieuw gewist.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Reservekopieën, nieuwste eerst</translation>
    </message>
    <message>
        <source>&amp;Another file…</source>
        <translation>&amp;Ander bestand…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Kies een ander bestand als reservekopie</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Nog geen reservekopieën.</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Wat er in de reservekopie staat</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een reservekopie</translation>
    </message>
    <message>
        <source>Matchtafel databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Matchtafel-databases (*.sqlite3 *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>{name}: a whole Matchtafel database with {young} young people and {sessions} sessions; last change {last}.</source>
        <translation>{name}: een complete Matchtafel-database met {young} jongeren en {sessions} sessies; laatste wijziging {last}.</translation>
    </message>
</context>
<context>
    <name>RightsBar</name>
    <message>
        <source>In&amp;zage…</source>
        <translation>In&amp;zage…</translation>
    </message>
    <message>
        <source>Inzage: save everything stored as PDF and JSON</source>
        <translation>Inzage: alles wat bewaard is opslaan als PDF en JSON</translation>
    </message>
    <message>
        <source>Eras&amp;e…</source>
        <translation>Wiss&amp;en…</translation>
    </message>
    <message>
        <source>Erase this young person (anonymise)</source>
        <translation>Deze jongere wissen (anonimiseren)</translation>
    </message>
    <message>
        <source>&amp;My agreements (for the young person)…</source>
        <translation>&amp;Mijn afspraken (voor de jongere)…</translation>
    </message>
    <message>
        <source>Mijn afspraken: the young person&apos;s own page, to print or save as PDF</source>
        <translation>Mijn afspraken: de eigen pagina van de jongere, om af te drukken of als pdf te bewaren</translation>
    </message>
    <message>
        <source>Inzage</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <source>On whose request? (logged)</source>
        <translation>Op wiens verzoek? (wordt vastgelegd)</translation>
    </message>
    <message>
        <source>My agreements</source>
        <translation>Mijn afspraken</translation>
    </message>
    <message>
        <source>Erase {code}? Names, notes and every personal field are replaced; the counts stay. This cannot be undone.</source>
        <translation>{code} wissen? Namen, aantekeningen en alle persoonlijke velden worden vervangen; de aantallen blijven. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Really erase {code} now?</source>
        <translation>{code} nu echt wissen?</translation>
    </message>
    <message>
        <source>Erase this supporter (anonymise)</source>
        <translation>Deze ondersteuner wissen (anonimiseren)</translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Status van de sessie</translation>
    </message>
    <message>
        <source>Time on this case</source>
        <translation>Tijd voor deze casus</translation>
    </message>
    <message>
        <source>Table screen</source>
        <translation>Tafelscherm</translation>
    </message>
    <message>
        <source>F5: a second window for the projector or the shared screen</source>
        <translation>F5: een tweede venster voor de beamer of het gedeelde scherm</translation>
    </message>
    <message>
        <source>End the meeting; asks first and says what is still undecided</source>
        <translation>De vergadering beëindigen; vraagt eerst en zegt wat nog open staat</translation>
    </message>
    <message>
        <source>After locking, every change is an amendment and undo is gone</source>
        <translation>Na vaststellen is elke wijziging een aanvulling en kan niets meer ongedaan worden gemaakt</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Wijziging vastleggen…</translation>
    </message>
    <message>
        <source>Change the locked minutes: every change is recorded as an amendment</source>
        <translation>Het vastgestelde verslag wijzigen: elke wijziging wordt als aanvulling vastgelegd</translation>
    </message>
    <message>
        <source>The minutes as a PDF</source>
        <translation>Het verslag als pdf</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Niets om opnieuw te doen</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <source>Redo {what} ({keys})</source>
        <translation>Opnieuw: {what} ({keys})</translation>
    </message>
    <message>
        <source>Undo {what} ({keys})</source>
        <translation>Ongedaan maken: {what} ({keys})</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Amending</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Locked {date}</source>
        <translation>Vastgesteld {date}</translation>
    </message>
    <message>
        <source>Recorded as an amendment to the locked minutes.</source>
        <translation>Vastgelegd als aanvulling op het vastgestelde verslag.</translation>
    </message>
    <message>
        <source>{open} of {total} agreements in the review are undecided.</source>
        <translation>{open} van de {total} afspraken in de terugblik zijn nog niet besproken.</translation>
    </message>
    <message>
        <source>{count} of {total} cases are not marked discussed or postponed: {cases}.</source>
        <translation>{count} van de {total} casussen zijn niet als besproken of uitgesteld gemarkeerd: {cases}.</translation>
    </message>
    <message>
        <source>Everything on the agenda is decided.</source>
        <translation>Alles op de agenda is besproken.</translation>
    </message>
    <message>
        <source>Until the minutes are locked, everything can still be changed.</source>
        <translation>Tot het verslag is vastgesteld, kan alles nog worden gewijzigd.</translation>
    </message>
    <message>
        <source>After locking, undo is gone and every change is recorded as an amendment, with your name and the time, and printed in the minutes.</source>
        <translation>Na vaststellen kan niets meer ongedaan worden gemaakt; elke wijziging wordt als aanvulling vastgelegd, met uw naam en het tijdstip, en in het verslag afgedrukt.</translation>
    </message>
    <message>
        <source>The minutes are locked. Every change you make now is recorded as an amendment, with your name and the time, and printed in the minutes. Undo is not possible.</source>
        <translation>Het verslag is vastgesteld. Elke wijziging die u nu maakt, wordt als aanvulling vastgelegd, met uw naam en het tijdstip, en in het verslag afgedrukt. Ongedaan maken kan niet.</translation>
    </message>
    <message>
        <source>Close the session?</source>
        <translation>Sessie sluiten?</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>Sessie &amp;sluiten</translation>
    </message>
    <message>
        <source>Session closed. Lock the minutes when they are right.</source>
        <translation>Sessie gesloten. Stel het verslag vast als het klopt.</translation>
    </message>
    <message>
        <source>Lock the minutes?</source>
        <translation>Verslag vaststellen?</translation>
    </message>
    <message>
        <source>&amp;Lock minutes (vaststellen)</source>
        <translation>Verslag &amp;vaststellen</translation>
    </message>
    <message>
        <source>Minutes locked. A change now needs Amend…</source>
        <translation>Verslag vastgesteld. Een wijziging kan nu via Wijziging vastleggen…</translation>
    </message>
    <message>
        <source>Amend the locked minutes?</source>
        <translation>Het vastgestelde verslag wijzigen?</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Wijzigen</translation>
    </message>
    <message>
        <source>Amending: every change is recorded as an amendment.</source>
        <translation>Wijzigen: elke wijziging wordt als aanvulling vastgelegd.</translation>
    </message>
    <message>
        <source>&amp;Make the minutes (verslag)…</source>
        <translation>Verslag &amp;maken…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>&amp;Review: {open} of {total} agreements to decide</source>
        <translation>Terug&amp;blik: {open} van {total} afspraken te bespreken</translation>
    </message>
    <message>
        <source>Reading the session</source>
        <translation>Sessie inlezen</translation>
    </message>
    <message>
        <source>{case}: {status}. Next: {next}.</source>
        <translation>{case}: {status}. Volgende: {next}.</translation>
    </message>
    <message>
        <source>{case}: {status}. That was the last case.</source>
        <translation>{case}: {status}. Dat was de laatste casus.</translation>
    </message>
    <message>
        <source>Proposed: {vacancy} ({employer}).</source>
        <translation>Voorgedragen: {vacancy} ({employer}).</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>nog niet opgeslagen</translation>
    </message>
    <message>
        <source>agreement &apos;{action}&apos;</source>
        <translation>afspraak &apos;{action}&apos;</translation>
    </message>
    <message>
        <source>proposal for {vacancy}</source>
        <translation>voordracht voor {vacancy}</translation>
    </message>
    <message>
        <source>Minutes saved: {path}</source>
        <translation>Verslag opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>geen termijn</translation>
    </message>
    <message>
        <source>Discussed, next</source>
        <translation>Besproken, volgende</translation>
    </message>
    <message>
        <source>Ctrl+D: discussed, on to the next case (Ctrl+Shift+D: postponed)</source>
        <translation>Ctrl+D: besproken, door naar de volgende casus (Ctrl+Shift+D: uitgesteld)</translation>
    </message>
    <message>
        <source>Notes for this case</source>
        <translation>Notities bij deze casus</translation>
    </message>
    <message>
        <source>Notes for this case: saved as you type. No health details.</source>
        <translation>Notities bij deze casus: worden bewaard terwijl je typt. Geen gezondheidsgegevens.</translation>
    </message>
    <message>
        <source>Agreements of this case</source>
        <translation>Afspraken bij deze casus</translation>
    </message>
    <message>
        <source>Proposals of this case</source>
        <translation>Voordrachten van deze casus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreements&lt;/b&gt; ({count}) · Ctrl+Return new</source>
        <translation>&lt;b&gt;Afspraken&lt;/b&gt; ({count}) · Ctrl+Enter nieuw</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposals&lt;/b&gt; ({count}) · Ctrl+P</source>
        <translation>&lt;b&gt;Voordrachten&lt;/b&gt; ({count}) · Ctrl+P</translation>
    </message>
    <message>
        <source>New agreement: what will be done (Ctrl+Return)</source>
        <translation>Nieuwe afspraak: wat er gebeurt (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>who</source>
        <translation>wie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>Status van de afspraak</translation>
    </message>
    <message>
        <source>Nobody called &apos;{name}&apos;; type a few letters of a name.</source>
        <translation>Niemand heet &apos;{name}&apos;; typ een paar letters van een naam.</translation>
    </message>
    <message>
        <source>No next session is planned yet; give a date.</source>
        <translation>Er is nog geen volgende sessie gepland; geef een datum.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a deadline; try 12-12, 12 dec, vr or +2w.</source>
        <translation>&apos;{text}&apos; is geen deadline; probeer 12-12, 12 dec, vr of +2w.</translation>
    </message>
    <message>
        <source>by when: vr, +2w, vs, geen</source>
        <translation>uiterlijk: vr, +2w, vs, geen</translation>
    </message>
    <message>
        <source>12-12, 12 dec, vr (next Friday), +2w, vs (the next session); &apos;geen termijn&apos; for none</source>
        <translation>12-12, 12 dec, vr (komende vrijdag), +2w, vs (de volgende sessie); &apos;geen termijn&apos; als er geen is</translation>
    </message>
    <message>
        <source>Who is meant?</source>
        <translation>Wie wordt bedoeld?</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; fits more than one person; choose (↑↓, Enter):</source>
        <translation>&apos;{typed}&apos; past bij meer dan één persoon; kies (↑↓, Enter):</translation>
    </message>
    <message>
        <source>Choose who is meant, then Enter.</source>
        <translation>Kies wie er bedoeld wordt, dan Enter.</translation>
    </message>
    <message>
        <source>By when? Type a deadline, or &apos;geen termijn&apos; when there is none.</source>
        <translation>Uiterlijk wanneer? Typ een termijn, of &apos;geen termijn&apos; als er geen is.</translation>
    </message>
    <message>
        <source>Agreement saved.</source>
        <translation>Afspraak bewaard.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Who walked in?</source>
        <translation>Wie kwam er binnen?</translation>
    </message>
    <message>
        <source>adding {case} to the agenda</source>
        <translation>{case} op de agenda zetten</translation>
    </message>
    <message>
        <source>Add to the agenda</source>
        <translation>Toevoegen aan de agenda</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendance&lt;/b&gt; (Alt+2) · P {present} · A {absent} · E {excused} · Shift+P everyone · + walk-in</source>
        <translation>&lt;b&gt;Aanwezigheid&lt;/b&gt; (Alt+2) · P {present} · A {absent} · E {excused} · Shift+P iedereen · + binnenloper</translation>
    </message>
    <message>
        <source>Shift+P: everyone still invited is present</source>
        <translation>Shift+P: iedereen die nog uitgenodigd staat is aanwezig</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Iedereen aanwezig</translation>
    </message>
    <message>
        <source>Type a few letters of the name or the organisation:</source>
        <translation>Typ een paar letters van de naam of de organisatie:</translation>
    </message>
    <message>
        <source>Proposed first, with the reason; everyone else below. Type a code, initials or school:</source>
        <translation>Eerst de voorgestelde jongeren, met de reden; daaronder alle anderen. Typ een code, initialen of school:</translation>
    </message>
    <message>
        <source>removing {case} from the agenda</source>
        <translation>{case} van de agenda halen</translation>
    </message>
    <message>
        <source>moving a case</source>
        <translation>casus verplaatsen</translation>
    </message>
    <message>
        <source>time budget of {case}</source>
        <translation>tijd voor {case}</translation>
    </message>
    <message>
        <source>Ctrl+R: back to the review</source>
        <translation>Ctrl+R: terug naar de terugblik</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt; (Alt+1) · Insert add · Delete remove · Ctrl+Shift+↑↓ move · +/− minutes</source>
        <translation>&lt;b&gt;Agenda&lt;/b&gt; (Alt+1) · Insert toevoegen · Delete weghalen · Ctrl+Shift+↑↓ verplaatsen · +/− minuten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review of open agreements&lt;/b&gt; · D done · N new deadline · C cancelled · K keep · Alt+↓ first case</source>
        <translation>&lt;b&gt;Terugblik op open afspraken&lt;/b&gt; · D gedaan · N nieuwe termijn · C vervallen · K blijft open · Alt+↓ eerste casus</translation>
    </message>
    <message>
        <source>Open agreements from earlier sessions</source>
        <translation>Open afspraken uit eerdere sessies</translation>
    </message>
    <message>
        <source>New &amp;deadline:</source>
        <translation>&amp;Nieuwe termijn:</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Nieuwe termijn</translation>
    </message>
    <message>
        <source>12-12, vr, +2w, vs; Enter</source>
        <translation>12-12, vr, +2w, vs; Enter</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Status terugblik</translation>
    </message>
    <message>
        <source>New vacancies since the last session</source>
        <translation>Nieuwe vacatures sinds de vorige sessie</translation>
    </message>
    <message>
        <source>Matching events coming up</source>
        <translation>Komende matchingsevents</translation>
    </message>
    <message>
        <source>&lt;b&gt;New vacancies since the last session&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Nieuwe vacatures sinds de vorige sessie&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>open until {date}</source>
        <translation>open tot {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Matching events coming up&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Komende matchingsevents&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>{n} invited</source>
        <translation>{n} uitgenodigd</translation>
    </message>
    <message>
        <source>Decision saved: {decision}.</source>
        <translation>Besluit opgeslagen: {decision}.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Try to save the unsent text again</source>
        <translation>Probeer de niet-opgeslagen tekst opnieuw op te slaan</translation>
    </message>
    <message>
        <source>Save unsent notes…</source>
        <translation>Niet-verzonden notities opslaan…</translation>
    </message>
    <message>
        <source>Save the unsent notes to a file</source>
        <translation>De niet-verzonden notities in een bestand opslaan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>The database is away: your notes are kept on this computer and written when it returns. ({detail})</source>
        <translation>De database is weg: uw notities blijven op deze computer en worden weggeschreven zodra hij terug is. ({detail})</translation>
    </message>
    <message>
        <source>Not saved — database busy.</source>
        <translation>Niet opgeslagen — database bezet.</translation>
    </message>
    <message>
        <source>Not saved — disk full.</source>
        <translation>Niet opgeslagen — schijf vol.</translation>
    </message>
    <message>
        <source>Not saved — unexpected error.</source>
        <translation>Niet opgeslagen — onverwachte fout.</translation>
    </message>
    <message>
        <source>Your text is kept on this computer and saved again in a few seconds.</source>
        <translation>Uw tekst blijft op deze computer bewaard en wordt over enkele seconden opnieuw opgeslagen.</translation>
    </message>
    <message>
        <source>It cannot be kept on this computer either ({reason}): only this window has it. Save it to a file, or make room on the disk.</source>
        <translation>Hij kan ook op deze computer niet worden bewaard ({reason}): alleen dit venster heeft hem nog. Sla hem op in een bestand, of maak ruimte op de schijf.</translation>
    </message>
    <message>
        <source>{count} typed texts are not in the database yet. They are kept on this computer and written the next time this database is opened. Save them to a file as well?</source>
        <translation>{count} getypte teksten staan nog niet in de database. Ze blijven op deze computer bewaard en worden opgeslagen zodra deze database weer wordt geopend. Ook in een bestand opslaan?</translation>
    </message>
    <message>
        <source>{count} typed texts are not saved anywhere but in this window (the disk refused them). Save them to a file before leaving, or stay.</source>
        <translation>{count} getypte teksten staan nergens anders dan in dit venster (de schijf weigerde ze). Sla ze op in een bestand voordat u weggaat, of blijf.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Save to &amp;file…</source>
        <translation>Opslaan in &amp;bestand…</translation>
    </message>
    <message>
        <source>&amp;Leave (kept here)</source>
        <translation>&amp;Weggaan (blijft hier bewaard)</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Blijven</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}</source>
        <translation>{path} kan niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>Unsent notes saved in {path}.</source>
        <translation>Niet-verzonden notities opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Save unsent notes</source>
        <translation>Niet-verzonden notities opslaan</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>The full screen for this section arrives in a coming version.</source>
        <translation>Het volledige scherm voor dit onderdeel komt in een volgende versie.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Shared server</source>
        <translation>Gedeelde server</translation>
    </message>
    <message>
        <source>Work on a shared PostgreSQL &amp;server (else the file on this computer)</source>
        <translation>Werken op een gedeelde PostgreSQL-&amp;server (anders het bestand op deze computer)</translation>
    </message>
    <message>
        <source>kept in the system keyring; empty: unchanged</source>
        <translation>bewaard in de systeemsleutelhanger; leeg: ongewijzigd</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Serverpoort</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Database on the server</source>
        <translation>Database op de server</translation>
    </message>
    <message>
        <source>&amp;Your login:</source>
        <translation>&amp;Uw login:</translation>
    </message>
    <message>
        <source>Your login on the server</source>
        <translation>Uw login op de server</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Password (kept in the system keyring)</source>
        <translation>Wachtwoord (bewaard in de systeemsleutelhanger)</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS-stand</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-bestand:</translation>
    </message>
    <message>
        <source>CA certificate for verify-full</source>
        <translation>CA-certificaat voor verify-full</translation>
    </message>
    <message>
        <source>A shared server needs its host and your login.</source>
        <translation>Een gedeelde server heeft een adres en uw login nodig.</translation>
    </message>
    <message>
        <source>verify-full needs the server&apos;s CA certificate file.</source>
        <translation>verify-full heeft het CA-certificaat van de server nodig.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name of the session</source>
        <translation>Naam van de sessie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Start &amp;time</source>
        <translation>Begin&amp;tijd</translation>
    </message>
    <message>
        <source>D&amp;uration in minutes</source>
        <translation>D&amp;uur in minuten</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Voorzitter</translation>
    </message>
    <message>
        <source>&amp;Minute taker</source>
        <translation>&amp;Notulist</translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translation>&amp;Genodigden</translation>
    </message>
    <message>
        <source>Attendance starts from them; a tick on an organisation invites all</source>
        <translation>De aanwezigheid begint bij hen; een vinkje bij een organisatie nodigt iedereen daarvan uit</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>Session of {date}</source>
        <translation>Sessie van {date}</translation>
    </message>
    <message>
        <source>&amp;Run this session</source>
        <translation>Deze sessie &amp;leiden</translation>
    </message>
    <message>
        <source>&amp;Plan the next session</source>
        <translation>&amp;Volgende sessie plannen</translation>
    </message>
    <message>
        <source>A new session after the selected one: same place, people and rhythm</source>
        <translation>Een nieuwe sessie na de gekozen sessie: zelfde plaats, mensen en ritme</translation>
    </message>
    <message>
        <source>Make the &amp;minutes…</source>
        <translation>Verslag &amp;maken…</translation>
    </message>
    <message>
        <source>The minutes of the selected session, or of the last session held</source>
        <translation>Het verslag van de gekozen sessie, of van de laatst gehouden sessie</translation>
    </message>
    <message>
        <source>Planned: {date}. Enter runs it; the Open button changes its details.</source>
        <translation>Gepland: {date}. Enter start de sessie; met Openen wijzigt u de gegevens.</translation>
    </message>
    <message>
        <source>Opening the session</source>
        <translation>Sessie openen</translation>
    </message>
    <message>
        <source>Back to the sessions (Alt+←)</source>
        <translation>Terug naar de sessies (Alt+←)</translation>
    </message>
    <message>
        <source>Back to the sessions</source>
        <translation>Terug naar de sessies</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Je organisatie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>Nazorg calls, months after the start of a job</source>
        <translation>Nazorggesprekken, maanden na de start van een baan</translation>
    </message>
    <message>
        <source>For example 3, 6, 12: applies to placements made from now on</source>
        <translation>Bijvoorbeeld 3, 6, 12: geldt voor plaatsingen vanaf nu</translation>
    </message>
    <message>
        <source>Na&amp;zorg calls after (months):</source>
        <translation>Na&amp;zorggesprekken na (maanden):</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Retention: anonymise after this many months</source>
        <translation>Bewaartermijn: na zoveel maanden anonimiseren</translation>
    </message>
    <message>
        <source>After the last nazorg call or the last time the young person was discussed</source>
        <translation>Na het laatste nazorggesprek of de laatste bespreking van de jongere</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>&amp;Bewaartermijn:</translation>
    </message>
    <message>
        <source>Target: share of employers engaged</source>
        <translation>Doel: aandeel betrokken werkgevers</translation>
    </message>
    <message>
        <source>The region&apos;s goal for employers engaged as employer or partner, shown in the overview</source>
        <translation>Het doel van de regio voor werkgevers die als werkgever of partner betrokken zijn, getoond in het overzicht</translation>
    </message>
    <message>
        <source>Employers engaged, &amp;target:</source>
        <translation>Betrokken werkgevers, &amp;doel:</translation>
    </message>
    <message>
        <source>A new language applies the next time Matchtafel starts.</source>
        <translation>Een andere taal geldt vanaf de volgende start van Matchtafel.</translation>
    </message>
    <message>
        <source>Matching weights</source>
        <translation>Gewichten bij het matchen</translation>
    </message>
    <message>
        <source>How much each criterion counts (0 switches it off). Age, support notes and the doelgroepregister never count. Open suggestions re-rank while you change these.</source>
        <translation>Hoe zwaar elk criterium telt (0 zet het uit). Leeftijd, ondersteuningsnotities en het doelgroepregister tellen nooit mee. Open suggesties worden meteen opnieuw gerangschikt.</translation>
    </message>
    <message>
        <source>Nazorg calls: type whole months from 1 to 60, separated by commas, such as 3, 6, 12.</source>
        <translation>Nazorggesprekken: typ hele maanden van 1 tot 60, gescheiden door komma&apos;s, zoals 3, 6, 12.</translation>
    </message>
</context>
<context>
    <name>StepDialogs</name>
    <message>
        <source>Optional; no health details</source>
        <translation>Niet verplicht; geen gezondheidsgegevens</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Re&amp;cord rejection</source>
        <translation>Afwijzing &amp;vastleggen</translation>
    </message>
    <message>
        <source>Trial placement</source>
        <translation>Proefplaatsing</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Geplaatst</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>End of the BPV period</source>
        <translation>Einde van de BPV-periode</translation>
    </message>
    <message>
        <source>dd-mm-yyyy; the check falls halfway</source>
        <translation>dd-mm-jjjj; de check valt halverwege</translation>
    </message>
    <message>
        <source>&amp;End of the BPV period:</source>
        <translation>&amp;Einde BPV-periode:</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Contract:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet bekend</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation>&amp;Uren per week:</translation>
    </message>
    <message>
        <source>&amp;Below the young person&apos;s level</source>
        <translation>&amp;Onder het niveau van de jongere</translation>
    </message>
    <message>
        <source>&amp;Outside the young person&apos;s field</source>
        <translation>&amp;Buiten het vakgebied van de jongere</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; type it as 20-11-2026.</source>
        <translation>&apos;{text}&apos; is geen datum; typ hem als 20-11-2026.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPane</name>
    <message>
        <source>Suggested vacancies</source>
        <translation>Voorgestelde vacatures</translation>
    </message>
    <message>
        <source>Suggested young people</source>
        <translation>Voorgestelde jongeren</translation>
    </message>
    <message>
        <source>Advice only: the scores explain, people decide.</source>
        <translation>Alleen advies: de scores leggen uit, mensen beslissen.</translation>
    </message>
    <message>
        <source>Filter suggestions…</source>
        <translation>Suggesties filteren…</translation>
    </message>
    <message>
        <source>Filter suggestions</source>
        <translation>Suggesties filteren</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>Home place</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Waarom deze score</translation>
    </message>
    <message>
        <source>&amp;Propose (Voordragen)</source>
        <translation>V&amp;oordragen</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Voordragen</translation>
    </message>
    <message>
        <source>Ctrl+P: propose the selected suggestion</source>
        <translation>Ctrl+P: de gekozen suggestie voordragen</translation>
    </message>
    <message>
        <source>Suggestions status</source>
        <translation>Status van de suggesties</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>Rangschikken…</translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation>{n} suggesties</translation>
    </message>
    <message>
        <source>No suitable suggestions.</source>
        <translation>Geen passende suggesties.</translation>
    </message>
    <message>
        <source>Proposed. The proposal is in the young person&apos;s history.</source>
        <translation>Voorgedragen. De voordracht staat in de geschiedenis van de jongere.</translation>
    </message>
    <message>
        <source>Suggestions could not be made: {error}</source>
        <translation>Er konden geen suggesties worden gemaakt: {error}</translation>
    </message>
</context>
<context>
    <name>SupportLinksPanel</name>
    <message>
        <source>Mentors and coaches</source>
        <translation>Mentoren en coaches</translation>
    </message>
    <message>
        <source>Find a mento&amp;r or coach…</source>
        <translation>Mento&amp;r of coach zoeken…</translation>
    </message>
    <message>
        <source>Find a mentor or coach</source>
        <translation>Mentor of coach zoeken</translation>
    </message>
    <message>
        <source>No mentor or coach yet.</source>
        <translation>Nog geen mentor of coach.</translation>
    </message>
</context>
<context>
    <name>SupportSuggestions</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Suggested mentors and coaches</source>
        <translation>Voorgestelde mentoren en coaches</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Suggested young people</source>
        <translation>Voorgestelde jongeren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>Home place</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Lin&amp;k (Koppelen)</source>
        <translation>Koppe&amp;len</translation>
    </message>
    <message>
        <source>Propose a link</source>
        <translation>Koppeling voorstellen</translation>
    </message>
    <message>
        <source>Link proposed. Move it on under Mentors and events → Links.</source>
        <translation>Koppeling voorgesteld. Verder onder Mentoren en events → Koppelingen.</translation>
    </message>
</context>
<context>
    <name>SupportersRegister</name>
    <message>
        <source>Supporters</source>
        <translation>Ondersteuners</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <source>Linked / capacity</source>
        <translation>Gekoppeld / capaciteit</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Biedt</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Has room</source>
        <translation>Heeft ruimte</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vol</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>company, school or foundation</source>
        <translation>bedrijf, school of stichting</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>where they meet young people; for the distance</source>
        <translation>waar zij jongeren ontmoeten; voor de afstand</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>Se&amp;ctors</source>
        <translation>Se&amp;ctoren</translation>
    </message>
    <message>
        <source>the sectors they know; separate with commas</source>
        <translation>de sectoren die zij kennen; scheiden met komma&apos;s</translation>
    </message>
    <message>
        <source>&amp;Young people at once</source>
        <translation>&amp;Jongeren tegelijk</translation>
    </message>
    <message>
        <source>how many young people they support at the same time</source>
        <translation>hoeveel jongeren zij tegelijk ondersteunen</translation>
    </message>
    <message>
        <source>O&amp;ffers</source>
        <translation>&amp;Biedt</translation>
    </message>
    <message>
        <source>the help they like to give (their wishes)</source>
        <translation>de hulp die zij graag geven (hun wensen)</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>Not&amp;itie</translation>
    </message>
    <message>
        <source>Availability, preferences. No details about young people.</source>
        <translation>Beschikbaarheid, voorkeuren. Geen gegevens over jongeren.</translation>
    </message>
    <message>
        <source>New supporter</source>
        <translation>Nieuwe ondersteuner</translation>
    </message>
    <message>
        <source>Supporter: {name}</source>
        <translation>Ondersteuner: {name}</translation>
    </message>
    <message>
        <source>Young people linked</source>
        <translation>Gekoppelde jongeren</translation>
    </message>
    <message>
        <source>Not linked to anyone yet.</source>
        <translation>Nog aan niemand gekoppeld.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>No agreements.</source>
        <translation>Geen afspraken.</translation>
    </message>
</context>
<context>
    <name>SupportersSection</name>
    <message>
        <source>&amp;Supporters</source>
        <translation>On&amp;dersteuners</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Koppelingen</translation>
    </message>
    <message>
        <source>&amp;Matching events</source>
        <translation>&amp;Matchingsevents</translation>
    </message>
    <message>
        <source>Mentors, coaches and matching events</source>
        <translation>Mentoren, coaches en matchingsevents</translation>
    </message>
</context>
<context>
    <name>TableScreen</name>
    <message>
        <source>case {number} of {total}</source>
        <translation>casus {number} van {total}</translation>
    </message>
    <message>
        <source>Matchtafel — table screen</source>
        <translation>Matchtafel — tafelscherm</translation>
    </message>
    <message>
        <source>Table screen</source>
        <translation>Tafelscherm</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Suggestions (advice: people decide)</source>
        <translation>Suggesties (advies: mensen beslissen)</translation>
    </message>
    <message>
        <source>Time for this case</source>
        <translation>Tijd voor deze casus</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message numerus="yes">
        <source>Review of earlier agreements: %n still to decide.</source>
        <translation>
            <numerusform>Terugblik op eerdere afspraken: nog %n te bespreken.</numerusform>
            <numerusform>Terugblik op eerdere afspraken: nog %n te bespreken.</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes}:{seconds:02d} left</source>
        <translation>nog {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source>{minutes}:{seconds:02d} over time</source>
        <translation>{minutes}:{seconds:02d} over tijd</translation>
    </message>
</context>
<context>
    <name>TextGuard</name>
    <message>
        <source>a BSN</source>
        <translation>een BSN</translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation>een geboortedatum</translation>
    </message>
    <message>
        <source>a health detail ({words})</source>
        <translation>een gezondheidsgegeven ({words})</translation>
    </message>
    <message>
        <source>This looks like {what}. Matchtafel does not keep these: please leave it out.</source>
        <translation>Dit lijkt op {what}. Matchtafel bewaart dat niet: laat het weg.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Remark about the note</source>
        <translation>Opmerking bij de notitie</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <source>Characters used</source>
        <translation>Gebruikte tekens</translation>
    </message>
    <message>
        <source>{count} of {limit} characters</source>
        <translation>{count} van {limit} tekens</translation>
    </message>
    <message>
        <source>the rest did not fit and was not added</source>
        <translation>de rest paste niet en is niet toegevoegd</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Who is using Matchtafel?</source>
        <translation>Wie gebruikt Matchtafel?</translation>
    </message>
    <message>
        <source>Your name and organisation are recorded with every change you make.</source>
        <translation>Je naam en organisatie worden vastgelegd bij elke wijziging die je maakt.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Je organisatie</translation>
    </message>
    <message>
        <source>Pick it from the list, or type the name of a new one</source>
        <translation>Kies haar uit de lijst, of typ de naam van een nieuwe</translation>
    </message>
    <message>
        <source>Pick or type your organisation</source>
        <translation>Kies of typ je organisatie</translation>
    </message>
    <message>
        <source>Kind of the new organisation</source>
        <translation>Soort van de nieuwe organisatie</translation>
    </message>
    <message>
        <source>&amp;Kind (new):</source>
        <translation>&amp;Soort (nieuw):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>A new organisation: Matchtafel adds it to the organisations.</source>
        <translation>Een nieuwe organisatie: Matchtafel voegt haar toe aan de organisaties.</translation>
    </message>
    <message>
        <source>Which database is open</source>
        <translation>Welke database open is</translation>
    </message>
    <message>
        <source>This is the demo database: made-up young people, vacancies and sessions to try Matchtafel out. Nothing in it is real, and renewing the demo overwrites it. The real young people go into your own database: start Matchtafel without --demo (the &apos;Matchtafel&apos; entry in the menu).</source>
        <translation>Dit is de demodatabase: verzonnen jongeren, vacatures en sessies om Matchtafel uit te proberen. Niets hierin is echt, en de demo vernieuwen overschrijft hem. De echte jongeren horen in je eigen database: start Matchtafel zonder --demo (het menu-item &apos;Matchtafel&apos;).</translation>
    </message>
    <message>
        <source>This is your own database ({path}): the real young people go here. To try things out first, open the demo database with made-up people: &apos;Matchtafel (demo)&apos; in the menu, or matchtafel --demo.</source>
        <translation>Dit is je eigen database ({path}): hier horen de echte jongeren. Wil je eerst oefenen, open dan de demodatabase met verzonnen mensen: &apos;Matchtafel (demo)&apos; in het menu, of matchtafel --demo.</translation>
    </message>
</context>
<context>
    <name>VacanciesRegister</name>
    <message>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Vacaturenummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Open tot</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>verloopt binnenkort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation>&amp;Werkgever</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Kenmerk</translation>
    </message>
    <message>
        <source>the WSP&apos;s own vacancy number</source>
        <translation>het eigen vacaturenummer van het WSP</translation>
    </message>
    <message>
        <source>Required &amp;level</source>
        <translation>Vereist &amp;niveau</translation>
    </message>
    <message>
        <source>Crebo codes</source>
        <translation>Crebocodes</translation>
    </message>
    <message>
        <source>5 digits each, separated by commas</source>
        <translation>elk 5 cijfers, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>Hours per week, minimum</source>
        <translation>Uren per week, minimaal</translation>
    </message>
    <message>
        <source>Hours per week, maximum</source>
        <translation>Uren per week, maximaal</translation>
    </message>
    <message>
        <source>&amp;Contract</source>
        <translation>&amp;Contract</translation>
    </message>
    <message>
        <source>Start &amp;date</source>
        <translation>Start&amp;datum</translation>
    </message>
    <message>
        <source>Open &amp;until</source>
        <translation>Open &amp;tot</translation>
    </message>
    <message>
        <source>Number of places</source>
        <translation>Aantal plekken</translation>
    </message>
    <message>
        <source>Driving licence required</source>
        <translation>Rijbewijs vereist</translation>
    </message>
    <message>
        <source>Job coaching possible</source>
        <translation>Jobcoaching mogelijk</translation>
    </message>
    <message>
        <source>Open for the banenafspraak</source>
        <translation>Open voor de banenafspraak</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>WSP &amp;contact</source>
        <translation>&amp;Contact WSP</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>New vacancy</source>
        <translation>Nieuwe vacature</translation>
    </message>
    <message>
        <source>Vacancy: {title}</source>
        <translation>Vacature: {title}</translation>
    </message>
</context>
<context>
    <name>YoungPeopleRegister</name>
    <message>
        <source>Preparing the case</source>
        <translation>De casus voorbereiden</translation>
    </message>
    <message>
        <source>Contacting the young person</source>
        <translation>Contact opnemen met de jongere</translation>
    </message>
    <message>
        <source>Correcting the record</source>
        <translation>Gegevens corrigeren</translation>
    </message>
    <message>
        <source>Request of the young person (inzage)</source>
        <translation>Verzoek van de jongere (inzage)</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Jongeren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Home place</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Beschikbaar vanaf</translation>
    </message>
    <message>
        <source>Case holder</source>
        <translation>Casushouder</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Zorgsignaal</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>zorgsignaal</translation>
    </message>
    <message>
        <source>Marked as concern</source>
        <translation>Met zorgsignaal</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Zonder zorgsignaal</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>with tussenvoegsel, e.g. van der Berg</source>
        <translation>met tussenvoegsel, bijv. van der Berg</translation>
    </message>
    <message>
        <source>Birth &amp;year</source>
        <translation>Geboorte&amp;jaar</translation>
    </message>
    <message>
        <source>the year is enough; no date of birth</source>
        <translation>het jaar is genoeg; geen geboortedatum</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <source>Student &amp;number</source>
        <translation>Student&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Opleiding</translation>
    </message>
    <message>
        <source>&amp;Crebo</source>
        <translation>&amp;Crebo</translation>
    </message>
    <message>
        <source>5 digits</source>
        <translation>5 cijfers</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>Leer&amp;weg</source>
        <translation>Leer&amp;weg</translation>
    </message>
    <message>
        <source>E&amp;xit status</source>
        <translation>&amp;Uitstroomstatus</translation>
    </message>
    <message>
        <source>Diploma expected on</source>
        <translation>Diploma verwacht op</translation>
    </message>
    <message>
        <source>&amp;Home place</source>
        <translation>&amp;Woonplaats</translation>
    </message>
    <message>
        <source>only for the travel distance</source>
        <translation>alleen voor de reisafstand</translation>
    </message>
    <message>
        <source>Travels independently</source>
        <translation>Reist zelfstandig</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Rijbewijs</translation>
    </message>
    <message>
        <source>&amp;Available from</source>
        <translation>&amp;Beschikbaar vanaf</translation>
    </message>
    <message>
        <source>Hours per &amp;week</source>
        <translation>Uren per &amp;week</translation>
    </message>
    <message>
        <source>Wanted sec&amp;tors</source>
        <translation>Gewenste sec&amp;toren</translation>
    </message>
    <message>
        <source>separate with commas</source>
        <translation>gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Current s&amp;ituation</source>
        <translation>Huidige s&amp;ituatie</translation>
    </message>
    <message>
        <source>Needs a job coach</source>
        <translation>Heeft een jobcoach nodig</translation>
    </message>
    <message>
        <source>Support note</source>
        <translation>Ondersteuningsnotitie</translation>
    </message>
    <message>
        <source>What helps at work. Do not record health details or diagnoses.</source>
        <translation>Wat helpt op het werk. Noteer geen gezondheidsgegevens of diagnoses.</translation>
    </message>
    <message>
        <source>Doelgroepregister</source>
        <translation>Doelgroepregister</translation>
    </message>
    <message>
        <source>Looking for a leerbaan (BBL)</source>
        <translation>Zoekt een leerbaan (BBL)</translation>
    </message>
    <message>
        <source>Marked as a concern for the table</source>
        <translation>Zorgsignaal voor de tafel</translation>
    </message>
    <message>
        <source>Help wanted from a mentor or coach</source>
        <translation>Gewenste hulp van een mentor of coach</translation>
    </message>
    <message>
        <source>Case &amp;holder</source>
        <translation>Casus&amp;houder</translation>
    </message>
    <message>
        <source>New young person</source>
        <translation>Nieuwe jongere</translation>
    </message>
    <message>
        <source>Young person {code} ({initials})</source>
        <translation>Jongere {code} ({initials})</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Not discussed at a table yet.</source>
        <translation>Nog niet aan tafel besproken.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>No agreements.</source>
        <translation>Geen afspraken.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Voordrachten</translation>
    </message>
    <message>
        <source>No proposals.</source>
        <translation>Geen voordrachten.</translation>
    </message>
    <message>
        <source>Show &amp;name…</source>
        <translation>&amp;Naam tonen…</translation>
    </message>
    <message>
        <source>Show name</source>
        <translation>Naam tonen</translation>
    </message>
    <message>
        <source>Showing the name is recorded in the audit log with your reason.</source>
        <translation>Het tonen van de naam wordt met je reden in het auditlog vastgelegd.</translation>
    </message>
    <message>
        <source>hidden: use Show name</source>
        <translation>verborgen: gebruik Naam tonen</translation>
    </message>
    <message>
        <source>Why do you need the name? This is recorded.</source>
        <translation>Waarom heb je de naam nodig? Dit wordt vastgelegd.</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>marked as a concern, not discussed in the last 90 days</source>
        <translation>zorgsignaal, de afgelopen 90 dagen niet besproken</translation>
    </message>
    <message>
        <source>an agreement is past its deadline</source>
        <translation>een afspraak is over de deadline</translation>
    </message>
    <message>
        <source>a nazorg checkpoint is due</source>
        <translation>een nazorgmoment is aan de beurt</translation>
    </message>
    <message>
        <source>a proposal failed since the last session</source>
        <translation>een voordracht is sinds de vorige sessie mislukt</translation>
    </message>
    <message>
        <source>a mentoring link ended early since the last session</source>
        <translation>een koppeling met een mentor of coach stopte voortijdig sinds de vorige sessie</translation>
    </message>
    <message>
        <source>invited to a matching event coming up</source>
        <translation>uitgenodigd voor een komend matchingsevent</translation>
    </message>
    <message>
        <source>a school leaver&apos;s contact moment gave a worrying answer, not discussed since</source>
        <translation>een contactmoment met een schoolverlater gaf een zorgelijk antwoord, sindsdien niet besproken</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>teruggezet</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>bekeken</translation>
    </message>
    <message>
        <source>name viewed</source>
        <translation>naam bekeken</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>geëxporteerd</translation>
    </message>
    <message>
        <source>exported with names</source>
        <translation>geëxporteerd met namen</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <source>name printed</source>
        <translation>naam afgedrukt</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>ingelezen</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>toestemming vastgelegd</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>toestemming ingetrokken</translation>
    </message>
    <message>
        <source>erased on request</source>
        <translation>gewist op verzoek</translation>
    </message>
    <message>
        <source>anonymised (retention)</source>
        <translation>geanonimiseerd (bewaartermijn)</translation>
    </message>
    <message>
        <source>step taken</source>
        <translation>stap gezet</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>minutes adopted</source>
        <translation>verslag vastgesteld</translation>
    </message>
    <message>
        <source>decided in the review</source>
        <translation>besloten in de terugblik</translation>
    </message>
    <message>
        <source>moved on the agenda</source>
        <translation>verplaatst op de agenda</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gedeeld</translation>
    </message>
    <message>
        <source>young person</source>
        <translation>jongere</translation>
    </message>
    <message>
        <source>vacancy</source>
        <translation>vacature</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>werkgever</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessie</translation>
    </message>
    <message>
        <source>case</source>
        <translation>casus</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>aanwezigheid</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>voordracht</translation>
    </message>
    <message>
        <source>nazorg call</source>
        <translation>nazorggesprek</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>auditlog</translation>
    </message>
    <message>
        <source>overview</source>
        <translation>overzicht</translation>
    </message>
    <message>
        <source>calendar file</source>
        <translation>agendabestand</translation>
    </message>
    <message>
        <source>data inventory</source>
        <translation>gegevensinventaris</translation>
    </message>
    <message>
        <source>&apos;My agreements&apos; page</source>
        <translation>pagina &apos;Mijn afspraken&apos;</translation>
    </message>
    <message>
        <source>school leaver</source>
        <translation>schoolverlater</translation>
    </message>
    <message>
        <source>contact moment</source>
        <translation>contactmoment</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>ondersteuner</translation>
    </message>
    <message>
        <source>mentoring link</source>
        <translation>koppeling met ondersteuner</translation>
    </message>
    <message>
        <source>matching event</source>
        <translation>matchingsevent</translation>
    </message>
    <message>
        <source>event invitation</source>
        <translation>uitnodiging voor een event</translation>
    </message>
    <message>
        <source>contact at an event</source>
        <translation>contact op een event</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>list of young people</source>
        <translation>lijst jongeren</translation>
    </message>
    <message>
        <source>list of vacancies</source>
        <translation>lijst vacatures</translation>
    </message>
    <message>
        <source>list of employers</source>
        <translation>lijst werkgevers</translation>
    </message>
    <message>
        <source>list of organisations</source>
        <translation>lijst organisaties</translation>
    </message>
    <message>
        <source>list of people</source>
        <translation>lijst personen</translation>
    </message>
    <message>
        <source>list of agreements</source>
        <translation>lijst afspraken</translation>
    </message>
    <message>
        <source>list of proposals</source>
        <translation>lijst voordrachten</translation>
    </message>
    <message>
        <source>list of supporters</source>
        <translation>lijst ondersteuners</translation>
    </message>
    <message>
        <source>list of mentoring links</source>
        <translation>lijst koppelingen</translation>
    </message>
    <message>
        <source>list of matching events</source>
        <translation>lijst matchingsevents</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Save it as a {suffixes} file, not &apos;{name}&apos;.</source>
        <translation>Sla het op als {suffixes}-bestand, niet als &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made: {reason}</source>
        <translation>De map {folder} kan niet worden gemaakt: {reason}</translation>
    </message>
    <message>
        <source>There is no database at {path}; give --db, or make one with &apos;matchtafel demo&apos;.</source>
        <translation>Er is geen database op {path}; geef --db op, of maak er een met &apos;matchtafel demo&apos;.</translation>
    </message>
    <message>
        <source>Demo database present: {path}</source>
        <translation>Demodatabase is er al: {path}</translation>
    </message>
    <message>
        <source>Demo database ({region}, {size}, seed {seed}) written to {database}: {young} young people, {vacancies} vacancies, {employers} employers, {sessions} sessions, {cases} cases, {leavers} school leavers kept in view.</source>
        <translation>Demodatabase ({region}, {size}, seed {seed}) geschreven naar {database}: {young} jongeren, {vacancies} vacatures, {employers} werkgevers, {sessions} sessies, {cases} casussen, {leavers} schoolverlaters in beeld.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>nr</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>casussen</translation>
    </message>
    <message>
        <source>Overview ({count} proposals) written to {path}.</source>
        <translation>Overzicht ({count} voordrachten) geschreven naar {path}.</translation>
    </message>
    <message>
        <source>&apos;Mijn afspraken&apos; of {code} written to {path} (logged as a print).</source>
        <translation>&apos;Mijn afspraken&apos; van {code} geschreven naar {path} (vastgelegd als afdruk).</translation>
    </message>
    <message>
        <source>{file}: {count} more problems in {rows} more rows are not shown.</source>
        <translation>{file}: nog {count} problemen in {rows} andere rijen worden niet getoond.</translation>
    </message>
    <message>
        <source>{file}: column &apos;{column}&apos; is not imported: Matchtafel never stores it.</source>
        <translation>{file}: kolom &apos;{column}&apos; wordt niet ingelezen: Matchtafel bewaart die nooit.</translation>
    </message>
    <message>
        <source>{count} rows have problems; nothing was imported.</source>
        <translation>{count} rijen hebben problemen; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>Backup copy made first: {path}</source>
        <translation>Eerst een reservekopie gemaakt: {path}</translation>
    </message>
    <message>
        <source>Would import {kind} from {file}: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Zou {kind} inlezen uit {file}: {new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd.</translation>
    </message>
    <message>
        <source>Imported {kind} from {file}: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>{kind} ingelezen uit {file}: {new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd.</translation>
    </message>
    <message>
        <source>New employers: {names}.</source>
        <translation>Nieuwe werkgevers: {names}.</translation>
    </message>
    <message>
        <source>Exported {count} {kind} to {path}.</source>
        <translation>{count} {kind} geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <source>{message} Add --force to print it anyway.</source>
        <translation>{message} Geef --force om het toch te maken.</translation>
    </message>
    <message>
        <source>Minutes of {date} ({count} cases) written to {path}.</source>
        <translation>Verslag van {date} ({count} casussen) geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Action list of {date} ({count} actions) written to {path}.</source>
        <translation>Actielijst van {date} ({count} acties) geschreven naar {path}.</translation>
    </message>
    <message>
        <source>{count} appointments written to {path}.</source>
        <translation>{count} agenda-items geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Inzage of {code} written to {path} (logged).</source>
        <translation>Inzage van {code} geschreven naar {path} (vastgelegd in de auditlog).</translation>
    </message>
    <message>
        <source>Erasing cannot be undone: add --yes to confirm.</source>
        <translation>Wissen kan niet ongedaan worden gemaakt: geef --yes om te bevestigen.</translation>
    </message>
    <message>
        <source>{code} is anonymised (logged).</source>
        <translation>{code} is geanonimiseerd (vastgelegd in de auditlog).</translation>
    </message>
    <message>
        <source>--months is the retention period: at least 1 month, not {months}.</source>
        <translation>--months is de bewaartermijn: minstens 1 maand, niet {months}.</translation>
    </message>
    <message>
        <source>{code}	last activity {last}	due since {due}</source>
        <translation>{code}	laatste activiteit {last}	te wissen sinds {due}</translation>
    </message>
    <message>
        <source>{count} young people anonymised (retention {months} months).</source>
        <translation>{count} jongeren geanonimiseerd (bewaartermijn {months} maanden).</translation>
    </message>
    <message>
        <source>{count} young people would be anonymised (retention {months} months); --yes does it.</source>
        <translation>{count} jongeren zouden worden geanonimiseerd (bewaartermijn {months} maanden); --yes voert het uit.</translation>
    </message>
    <message>
        <source>{count} audit lines written to {path}.</source>
        <translation>{count} regels uit de auditlog geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Data inventory ({count} fields) written to {path}.</source>
        <translation>Gegevensinventaris ({count} velden) geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Only an SQLite file can be encrypted; a PostgreSQL server protects its own data.</source>
        <translation>Alleen een SQLite-bestand kan worden versleuteld; een PostgreSQL-server beschermt zijn eigen gegevens.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>De twee wachtwoordzinnen verschillen; er is niets veranderd.</translation>
    </message>
    <message>
        <source>New encrypted database {path}. The passphrase is not stored anywhere: keep it safe.</source>
        <translation>Nieuwe versleutelde database {path}. De wachtwoordzin wordt nergens bewaard: bewaar hem goed.</translation>
    </message>
    <message>
        <source>{path} is encrypted. The unencrypted backup {backup} was made first: delete it once the encrypted file works.</source>
        <translation>{path} is versleuteld. Eerst is de onversleutelde reservekopie {backup} gemaakt: verwijder die zodra het versleutelde bestand werkt.</translation>
    </message>
    <message>
        <source>{title}  (invited {invited}, came {present}, contacts {contacts}, proposals {proposals})</source>
        <translation>{title}  (uitgenodigd {invited}, gekomen {present}, contacten {contacts}, voordrachten {proposals})</translation>
    </message>
    <message>
        <source>Invitation list ({count} young people) written to {path}.</source>
        <translation>Uitnodigingslijst ({count} jongeren) geschreven naar {path}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>&apos;{target}&apos; is neither a file path nor a database URL.</source>
        <translation>&apos;{target}&apos; is geen bestandspad en geen database-URL.</translation>
    </message>
    <message>
        <source>Matchtafel works with SQLite files and PostgreSQL, not &apos;{backend}&apos;.</source>
        <translation>Matchtafel werkt met SQLite-bestanden en PostgreSQL, niet met &apos;{backend}&apos;.</translation>
    </message>
    <message>
        <source>The lock file {path} cannot be opened ({reason}). Nothing was changed; check that the folder may be written, or remove the lock file if no Matchtafel has the database open.</source>
        <translation>Het vergrendelbestand {path} kan niet worden geopend ({reason}). Er is niets veranderd; controleer of in de map geschreven mag worden, of verwijder het vergrendelbestand als geen Matchtafel de database open heeft.</translation>
    </message>
    <message>
        <source>{path} is already open in another Matchtafel (process {pid}). Close it there first.</source>
        <translation>{path} is al geopend in een andere Matchtafel (proces {pid}). Sluit het daar eerst.</translation>
    </message>
    <message>
        <source>{path} cannot be created ({reason}).</source>
        <translation>{path} kan niet worden aangemaakt ({reason}).</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Nothing was changed; restore a backup copy.</source>
        <translation>{path} is beschadigd ({detail}). Er is niets gewijzigd; zet een reservekopie terug.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the disk refused to write ({detail}). Make room and try again; nothing was changed.</source>
        <translation>{path} kan niet worden geopend: de schijf weigerde te schrijven ({detail}). Maak ruimte en probeer het opnieuw; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The database is busy: another program holds it ({detail}). Nothing was changed; close that program and try again.</source>
        <translation>De database is bezet: een ander programma houdt hem vast ({detail}). Er is niets veranderd; sluit dat programma en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The passphrase does not open {path}. Nothing was changed.</source>
        <translation>Deze wachtwoordzin opent {path} niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{path} cannot be used as a database ({detail}). Nothing was changed.</source>
        <translation>{path} kan niet als database worden gebruikt ({detail}). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>{path} cannot be written (no permission). Choose another place or ask for write access.</source>
        <translation>In {path} kan niet worden geschreven (geen rechten). Kies een andere plek of vraag schrijfrechten.</translation>
    </message>
    <message>
        <source>{path} is encrypted: give its passphrase.</source>
        <translation>{path} is versleuteld: geef de wachtwoordzin.</translation>
    </message>
    <message>
        <source>{path} is not a Matchtafel database. Nothing was changed.</source>
        <translation>{path} is geen Matchtafel-database. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The PostgreSQL server {url} cannot be reached: {detail}. Check the address, your network and that the server runs.</source>
        <translation>De PostgreSQL-server {url} is niet bereikbaar: {detail}. Controleer het adres, je netwerk en of de server draait.</translation>
    </message>
    <message>
        <source>Your login on {db} has administrator rights (superuser or BYPASSRLS), which the server&apos;s access rules do not hold. Ask the administrator for an ordinary login; Matchtafel does not work as this one.</source>
        <translation>Uw login op {db} heeft beheerdersrechten (superuser of BYPASSRLS), waarvoor de toegangsregels van de server niet gelden. Vraag de beheerder om een gewone login; Matchtafel werkt niet met deze.</translation>
    </message>
    <message>
        <source>{db} must be upgraded by its administrator first (matchtafel server upgrade); your login may not change the schema. Nothing was changed.</source>
        <translation>{db} moet eerst door de beheerder worden bijgewerkt (matchtafel server upgrade); uw login mag het schema niet wijzigen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{db} holds other tables but no Matchtafel data. Nothing was changed.</source>
        <translation>{db} bevat andere tabellen maar geen Matchtafel-gegevens. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{db} must be upgraded first; close the other Matchtafel that has it open.</source>
        <translation>{db} moet eerst worden bijgewerkt; sluit de andere Matchtafel die hem open heeft.</translation>
    </message>
    <message>
        <source>{db} was written by a newer Matchtafel (schema {revision}). Update Matchtafel to open it; nothing was changed.</source>
        <translation>{db} is geschreven door een nieuwere Matchtafel (schema {revision}). Werk Matchtafel bij om hem te openen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Upgrading {db} would break links between records; nothing was changed.</source>
        <translation>Bijwerken van {db} zou verbanden tussen gegevens breken; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Not saved yet: kept on this computer and written as soon as the database can take it.</source>
        <translation>Nog niet opgeslagen: bewaard op deze computer en opgeslagen zodra de database het aankan.</translation>
    </message>
    <message>
        <source>Someone else changed this {entity} while you were editing it (your version {expected}, stored version {stored}). Your text is kept; compare and save again.</source>
        <translation>Iemand anders heeft deze {entity} gewijzigd terwijl jij aan het bewerken was (jouw versie {expected}, opgeslagen versie {stored}). Je tekst blijft bewaard; vergelijk en sla opnieuw op.</translation>
    </message>
    <message>
        <source>{who} changed these notes while you were writing; nothing was overwritten. Your text is kept: compare both and choose.</source>
        <translation>{who} heeft deze notities gewijzigd terwijl u schreef; er is niets overschreven. Uw tekst is bewaard: vergelijk beide en kies.</translation>
    </message>
    <message>
        <source>Someone else changed these notes while you were writing; nothing was overwritten. Your text is kept: compare both and choose.</source>
        <translation>Iemand anders heeft deze notities gewijzigd terwijl u schreef; er is niets overschreven. Uw tekst is bewaard: vergelijk beide en kies.</translation>
    </message>
    <message>
        <source>A case gets between 1 and 60 minutes.</source>
        <translation>Een casus krijgt tussen 1 en 60 minuten.</translation>
    </message>
    <message>
        <source>An agreement holds at most {limit} characters ({count} now); put the rest in the notes.</source>
        <translation>Een afspraak heeft hoogstens {limit} tekens (nu {count}); zet de rest in de notities.</translation>
    </message>
    <message>
        <source>An agreement has one owner; choose one.</source>
        <translation>Een afspraak heeft één eigenaar; kies er één.</translation>
    </message>
    <message>
        <source>This young person is already on the agenda.</source>
        <translation>Deze jongere staat al op de agenda.</translation>
    </message>
    <message>
        <source>This {entity} no longer exists (id {id}).</source>
        <translation>Deze {entity} bestaat niet meer (id {id}).</translation>
    </message>
    <message>
        <source>This case has agreements; mark it postponed instead of removing it.</source>
        <translation>Deze casus heeft afspraken; markeer haar als uitgesteld in plaats van haar te verwijderen.</translation>
    </message>
    <message>
        <source>Give the new deadline.</source>
        <translation>Geef de nieuwe deadline.</translation>
    </message>
    <message>
        <source>Close the session before locking its minutes.</source>
        <translation>Sluit de sessie voordat je het verslag vaststelt.</translation>
    </message>
    <message>
        <source>Unknown demo size &apos;{size}&apos;; use small, medium, large or xl.</source>
        <translation>Onbekende demogrootte &apos;{size}&apos;; kies small, medium, large of xl.</translation>
    </message>
    <message>
        <source>Unknown demo region &apos;{region}&apos;; use achterhoek or kempen.</source>
        <translation>Onbekende demoregio &apos;{region}&apos;; kies achterhoek of kempen.</translation>
    </message>
    <message>
        <source>This database holds data that is not demo data; nothing was changed. Give another file with --db for the demo.</source>
        <translation>Deze database bevat gegevens die geen demogegevens zijn; er is niets gewijzigd. Geef met --db een ander bestand op voor de demo.</translation>
    </message>
    <message>
        <source>A session lasts between 15 and 480 minutes.</source>
        <translation>Een sessie duurt tussen 15 en 480 minuten.</translation>
    </message>
    <message>
        <source>Pick a person from the list.</source>
        <translation>Kies een persoon uit de lijst.</translation>
    </message>
    <message>
        <source>This session is locked; record an amendment.</source>
        <translation>Deze sessie is vastgesteld; leg een wijziging vast als aanvulling.</translation>
    </message>
    <message>
        <source>Pick a kind of organisation.</source>
        <translation>Kies een soort organisatie.</translation>
    </message>
    <message>
        <source>Pick the organisation this person works for.</source>
        <translation>Kies de organisatie waar deze persoon werkt.</translation>
    </message>
    <message>
        <source>Pick the employer.</source>
        <translation>Kies de werkgever.</translation>
    </message>
    <message>
        <source>At least one place.</source>
        <translation>Minstens één plek.</translation>
    </message>
    <message>
        <source>Reference {reference} is already used by another vacancy.</source>
        <translation>Kenmerk {reference} wordt al gebruikt door een andere vacature.</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>Vul dit in.</translation>
    </message>
    <message>
        <source>Write an e-mail address like name@school.nl.</source>
        <translation>Schrijf een e-mailadres zoals naam@school.nl.</translation>
    </message>
    <message>
        <source>A crebo code has exactly 5 digits, e.g. 25180.</source>
        <translation>Een crebocode heeft precies 5 cijfers, bijvoorbeeld 25180.</translation>
    </message>
    <message>
        <source>Hours per week lie between 0 and 60.</source>
        <translation>Uren per week liggen tussen 0 en 60.</translation>
    </message>
    <message>
        <source>The minimum hours ({low}) exceed the maximum ({high}).</source>
        <translation>Het minimum aantal uren ({low}) is groter dan het maximum ({high}).</translation>
    </message>
    <message>
        <source>{value} is far off; check the year.</source>
        <translation>{value} ligt ver weg; controleer het jaar.</translation>
    </message>
    <message>
        <source>A birth year between {low} and {high}; leave it empty if unknown.</source>
        <translation>Een geboortejaar tussen {low} en {high}; laat leeg als het onbekend is.</translation>
    </message>
    <message>
        <source>Leave out empty entries and the character |.</source>
        <translation>Laat lege items en het teken | weg.</translation>
    </message>
    <message>
        <source>{code} has no consent in force for the table, so the name stays hidden; record the consent first.</source>
        <translation>{code} heeft geen geldige toestemming voor de tafel, dus de naam blijft verborgen; leg eerst de toestemming vast.</translation>
    </message>
    <message>
        <source>Choose why you need the name.</source>
        <translation>Kies waarom u de naam nodig hebt.</translation>
    </message>
    <message>
        <source>Keep the support note under 500 characters.</source>
        <translation>Houd de ondersteuningsnotitie onder 500 tekens.</translation>
    </message>
    <message>
        <source>Give the expected diploma date.</source>
        <translation>Geef de verwachte diplomadatum.</translation>
    </message>
    <message>
        <source>This vacancy is no longer open; choose another one.</source>
        <translation>Deze vacature is niet meer open; kies een andere.</translation>
    </message>
    <message>
        <source>This young person is already proposed for this vacancy.</source>
        <translation>Deze jongere is al voorgedragen voor deze vacature.</translation>
    </message>
    <message>
        <source>This proposal has moved on since; withdraw it instead.</source>
        <translation>Deze voordracht is al verder; trek hem in plaats daarvan in.</translation>
    </message>
    <message>
        <source>{code} has no consent in force, so the profile cannot go to an employer; record the consent first.</source>
        <translation>{code} heeft geen geldige toestemming, dus het profiel kan niet naar een werkgever; leg eerst de toestemming vast.</translation>
    </message>
    <message>
        <source>{code}&apos;s consent does not cover sharing with WSP/UWV, so no proposal can be made; record a new consent first.</source>
        <translation>De toestemming van {code} dekt niet het delen met WSP/UWV, dus voordragen kan niet; leg eerst een nieuwe toestemming vast.</translation>
    </message>
    <message>
        <source>{code}&apos;s consent does not cover showing the profile to an employer, so no proposal can be made; record a new consent first.</source>
        <translation>De toestemming van {code} dekt niet het tonen van het profiel aan een werkgever, dus voordragen kan niet; leg eerst een nieuwe toestemming vast.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Er ging iets mis: {error}</translation>
    </message>
    <message>
        <source>This vacancy is not open, so it has no suggestions.</source>
        <translation>Deze vacature is niet open en heeft dus geen suggesties.</translation>
    </message>
    <message>
        <source>Write a time like 13:30.</source>
        <translation>Schrijf een tijd zoals 13:30.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <source>No session has been held yet: &apos;latest&apos; is the last closed session.</source>
        <translation>Er is nog geen sessie gehouden: &apos;latest&apos; is de laatst gesloten sessie.</translation>
    </message>
    <message>
        <source>No session &apos;{reference}&apos;; give its number, its date (2026-11-20) or latest.</source>
        <translation>Geen sessie &apos;{reference}&apos;; geef het nummer, de datum (2026-11-20) of latest.</translation>
    </message>
    <message>
        <source>No organisation called &apos;{name}&apos;.</source>
        <translation>Geen organisatie met de naam &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The session of {date} has not been held yet (status: {status}); nothing to print.</source>
        <translation>De sessie van {date} is nog niet gehouden (status: {status}); er is niets te maken.</translation>
    </message>
    <message>
        <source>A shared server is PostgreSQL; give a postgresql:// URL.</source>
        <translation>Een gedeelde server is PostgreSQL; geef een postgresql://-adres.</translation>
    </message>
    <message>
        <source>Set up the server as its administrator (a superuser or a role with CREATEROLE).</source>
        <translation>Richt de server in als de beheerder ervan (een superuser of een rol met CREATEROLE).</translation>
    </message>
    <message>
        <source>These logins of the app have administrator rights, which row-level security does not hold: {logins}. Make them ordinary (ALTER ROLE … NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB) first; nothing was changed.</source>
        <translation>Deze logins van de app hebben beheerdersrechten, waarvoor beveiliging op rijniveau niet geldt: {logins}. Maak ze eerst gewoon (ALTER ROLE … NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB); er is niets veranderd.</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a role; choose {roles}.</source>
        <translation>&apos;{role}&apos; is geen rol; kies {roles}.</translation>
    </message>
    <message>
        <source>A login is lower-case letters, digits and _ only.</source>
        <translation>Een login bestaat alleen uit kleine letters, cijfers en _.</translation>
    </message>
    <message>
        <source>No person is called &apos;{name}&apos;.</source>
        <translation>Niemand heet &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>A login called &apos;{login}&apos; exists already; choose another.</source>
        <translation>Er bestaat al een login met de naam &apos;{login}&apos;; kies een andere.</translation>
    </message>
    <message>
        <source>No organisation is called &apos;{name}&apos;.</source>
        <translation>Geen organisatie heet &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Someone else answered this checkpoint meanwhile; the list is refreshed.</source>
        <translation>Iemand anders heeft dit nazorgmoment intussen beantwoord; de lijst is bijgewerkt.</translation>
    </message>
    <message>
        <source>The call date must lie between the start of the job and today.</source>
        <translation>De datum van het gesprek moet tussen de start van de baan en vandaag liggen.</translation>
    </message>
    <message>
        <source>No session is planned yet; plan the next session first.</source>
        <translation>Er is nog geen sessie gepland; plan eerst de volgende sessie.</translation>
    </message>
    <message>
        <source>Someone else moved this proposal on meanwhile (it is now {status}); look at its history and try again.</source>
        <translation>Iemand anders heeft deze voordracht intussen verder gezet (nu: {status}); bekijk het verloop en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A proposal that is {current} cannot go to {target}; it can go to: {allowed}.</source>
        <translation>Een voordracht met status {current} kan niet naar {target}; wel naar: {allowed}.</translation>
    </message>
    <message>
        <source>A proposal that is {current} is finished; make a new proposal instead.</source>
        <translation>Een voordracht met status {current} is afgerond; maak in plaats daarvan een nieuwe voordracht.</translation>
    </message>
    <message>
        <source>Choose why it was rejected.</source>
        <translation>Kies waarom het is afgewezen.</translation>
    </message>
    <message>
        <source>Fill in the start date.</source>
        <translation>Vul de startdatum in.</translation>
    </message>
    <message>
        <source>The start date must lie within a year of today.</source>
        <translation>De startdatum moet binnen een jaar van vandaag liggen.</translation>
    </message>
    <message>
        <source>The BPV period must end after it starts.</source>
        <translation>De BPV-periode moet eindigen na het begin.</translation>
    </message>
    <message>
        <source>Choose the kind of contract.</source>
        <translation>Kies het soort contract.</translation>
    </message>
    <message>
        <source>Hours per week must be between 1 and 60.</source>
        <translation>Uren per week moet tussen 1 en 60 liggen.</translation>
    </message>
    <message>
        <source>There is no consent in force to withdraw.</source>
        <translation>Er is geen geldige toestemming om in te trekken.</translation>
    </message>
    <message>
        <source>Fill in the date of the consent.</source>
        <translation>Vul de datum van de toestemming in.</translation>
    </message>
    <message>
        <source>A consent cannot be given in the future.</source>
        <translation>Een toestemming kan niet in de toekomst gegeven zijn.</translation>
    </message>
    <message>
        <source>Choose who gave the consent.</source>
        <translation>Kies wie de toestemming gaf.</translation>
    </message>
    <message>
        <source>Below 16 a parent gives the consent, not the young person.</source>
        <translation>Onder de 16 geeft een ouder de toestemming, niet de jongere.</translation>
    </message>
    <message>
        <source>From 16 the young person gives the consent, not a parent.</source>
        <translation>Vanaf 16 geeft de jongere zelf de toestemming, niet een ouder.</translation>
    </message>
    <message>
        <source>Tick at least one thing the consent covers.</source>
        <translation>Vink ten minste één ding aan waarvoor de toestemming geldt.</translation>
    </message>
    <message>
        <source>No young person has the code &apos;{code}&apos;.</source>
        <translation>Geen jongere heeft de code &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>Say on whose request this is erased.</source>
        <translation>Zeg op wiens verzoek dit gewist wordt.</translation>
    </message>
    <message>
        <source>Choose why you need the names.</source>
        <translation>Kies waarom u de namen nodig hebt.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Kies een wachtwoordzin van ten minste 8 tekens.</translation>
    </message>
    <message>
        <source>{path} is encrypted already.</source>
        <translation>{path} is al versleuteld.</translation>
    </message>
    <message>
        <source>The lock file {path} cannot be opened ({reason}). Nothing was changed.</source>
        <translation>Het vergrendelbestand {path} kan niet worden geopend ({reason}). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{path} is open in another Matchtafel (process {pid}). Close it there first.</source>
        <translation>{path} is geopend in een andere Matchtafel (proces {pid}). Sluit hem daar eerst.</translation>
    </message>
    <message>
        <source>This computer has no system keyring ({reason}); put the password in ~/.pgpass instead.</source>
        <translation>Deze computer heeft geen systeemsleutelhanger ({reason}); zet het wachtwoord in ~/.pgpass.</translation>
    </message>
    <message>
        <source>Your role on the shared server does not allow this; nothing was changed. Ask the coordinator if you need it.</source>
        <translation>Uw rol op de gedeelde server staat dit niet toe; er is niets veranderd. Vraag het de coördinator als u het nodig hebt.</translation>
    </message>
    <message>
        <source>The database cannot be reached just now ({detail}); nothing was lost.</source>
        <translation>De database is nu niet bereikbaar ({detail}); er is niets verloren.</translation>
    </message>
    <message>
        <source>The database is busy: another program holds it ({detail}). Nothing was written; trying again in a moment works.</source>
        <translation>De database is bezet: een ander programma houdt hem vast ({detail}). Er is niets opgeslagen; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The disk refused to write ({detail}): it may be full. Nothing was written; make room and try again.</source>
        <translation>De schijf weigerde te schrijven ({detail}): misschien is hij vol. Er is niets opgeslagen; maak ruimte en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile; look again and retry.</source>
        <translation>Iemand anders heeft dit intussen gewijzigd; kijk opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>Someone else recorded this contact moment meanwhile; the list is refreshed.</source>
        <translation>Iemand anders heeft dit contactmoment intussen vastgelegd; de lijst is ververst.</translation>
    </message>
    <message>
        <source>The contact date must lie between leaving school and today.</source>
        <translation>De datum van het contact ligt tussen het vertrek van school en vandaag.</translation>
    </message>
    <message>
        <source>Fill in the day the young person left.</source>
        <translation>Vul de dag in waarop de jongere van school ging.</translation>
    </message>
    <message>
        <source>The day of leaving must lie within a year ahead or three back.</source>
        <translation>De dag van vertrek ligt binnen een jaar vooruit of drie jaar terug.</translation>
    </message>
    <message>
        <source>Choose how the young person left: diploma, praktijkverklaring or without.</source>
        <translation>Kies hoe de jongere van school ging: met diploma, praktijkverklaring of zonder.</translation>
    </message>
    <message>
        <source>Choose how contact is kept.</source>
        <translation>Kies hoe er contact wordt gehouden.</translation>
    </message>
    <message>
        <source>Contact is kept every 1 to 52 weeks.</source>
        <translation>Contact is er elke 1 tot 52 weken.</translation>
    </message>
    <message>
        <source>This person is no longer in the register.</source>
        <translation>Deze persoon staat niet meer in het register.</translation>
    </message>
    <message>
        <source>Give --from and --to, the last day not before the first.</source>
        <translation>Geef --from en --to, de laatste dag niet vóór de eerste.</translation>
    </message>
    <message>
        <source>No school is called &apos;{name}&apos;.</source>
        <translation>Er is geen school met de naam &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>No employer is called &apos;{name}&apos;.</source>
        <translation>Er is geen werkgever met de naam &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The target is a percentage from 1 to 100.</source>
        <translation>Het doel is een percentage van 1 tot 100.</translation>
    </message>
    <message>
        <source>No backup copy could be made in {folder} ({reason}); nothing was changed. Make room on the disk or check the folder.</source>
        <translation>Er kon geen reservekopie worden gemaakt in {folder} ({reason}); er is niets veranderd. Maak ruimte op de schijf of controleer de map.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} is geen bestand.</translation>
    </message>
    <message>
        <source>{path} is not a Matchtafel backup. Nothing was changed.</source>
        <translation>{path} is geen reservekopie van Matchtafel. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); choose another backup.</source>
        <translation>{path} is beschadigd ({detail}); kies een andere reservekopie.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a backup ({detail}). Nothing was changed.</source>
        <translation>{path} kan niet als reservekopie worden gelezen ({detail}). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{path} was made by a newer Matchtafel (schema {revision}); update Matchtafel first.</source>
        <translation>{path} is gemaakt door een nieuwere Matchtafel (schema {revision}); werk Matchtafel eerst bij.</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose a backup.</source>
        <translation>{path} is de database zelf; kies een reservekopie.</translation>
    </message>
    <message>
        <source>{path} is open in a Matchtafel (or its lock file cannot be opened). Close it first.</source>
        <translation>{path} is open in een Matchtafel (of het vergrendelbestand kan niet worden geopend). Sluit die eerst.</translation>
    </message>
    <message>
        <source>The current database cannot be kept aside ({reason}); nothing was restored.</source>
        <translation>De huidige database kan niet apart worden bewaard ({reason}); er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The minutes are locked: choose Amend… to record a change.</source>
        <translation>Het verslag is vastgesteld: kies Wijziging vastleggen… om iets te wijzigen.</translation>
    </message>
    <message>
        <source>Choose what kind of event.</source>
        <translation>Kies wat voor event het is.</translation>
    </message>
    <message>
        <source>Fill in the date of the event.</source>
        <translation>Vul de datum van het event in.</translation>
    </message>
    <message>
        <source>Write the time like 14:00.</source>
        <translation>Schrijf de tijd als 14:00.</translation>
    </message>
    <message>
        <source>An event lasts between 15 and 720 minutes.</source>
        <translation>Een event duurt tussen 15 en 720 minuten.</translation>
    </message>
    <message>
        <source>Already invited to this event.</source>
        <translation>Al uitgenodigd voor dit event.</translation>
    </message>
    <message>
        <source>Choose the employer or the supporter met.</source>
        <translation>Kies de werkgever of de ondersteuner die de jongere sprak.</translation>
    </message>
    <message>
        <source>This supporter is archived; choose another.</source>
        <translation>Deze ondersteuner is gearchiveerd; kies een ander.</translation>
    </message>
    <message>
        <source>{code} is already linked to this supporter.</source>
        <translation>{code} is al aan deze ondersteuner gekoppeld.</translation>
    </message>
    <message>
        <source>{name} has no room: {taken} of {capacity} young people already.</source>
        <translation>{name} heeft geen ruimte: al {taken} van {capacity} jongeren.</translation>
    </message>
    <message>
        <source>Someone else moved this link on meanwhile (it is now {status}); look at its history and try again.</source>
        <translation>Iemand anders heeft deze koppeling intussen verder gezet (nu {status}); bekijk het verloop en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This link has moved on since; end it instead.</source>
        <translation>Deze koppeling is intussen verder; beëindig haar in plaats daarvan.</translation>
    </message>
    <message>
        <source>A link that is {current} cannot go to {target}; it can go to: {allowed}.</source>
        <translation>Een koppeling die {current} is, kan niet naar {target}; wel naar: {allowed}.</translation>
    </message>
    <message>
        <source>This link has ended; propose a new one instead.</source>
        <translation>Deze koppeling is beëindigd; stel een nieuwe voor.</translation>
    </message>
    <message>
        <source>Choose why the link ends.</source>
        <translation>Kies waarom de koppeling stopt.</translation>
    </message>
    <message>
        <source>{code}&apos;s consent does not cover sharing with a mentor or coach, so the supporter cannot be introduced; record a new consent first.</source>
        <translation>De toestemming van {code} geldt niet voor delen met een mentor of coach, dus kennismaken kan niet; leg eerst een nieuwe toestemming vast.</translation>
    </message>
    <message>
        <source>Choose what kind of supporter.</source>
        <translation>Kies wat voor ondersteuner het is.</translation>
    </message>
    <message>
        <source>Give how many young people at once, between 0 and 50.</source>
        <translation>Geef aan hoeveel jongeren tegelijk, tussen 0 en 50.</translation>
    </message>
    <message>
        <source>Choose the wishes from the list.</source>
        <translation>Kies de wensen uit de lijst.</translation>
    </message>
    <message>
        <source>Keep the note under 500 characters.</source>
        <translation>Houd de notitie onder de 500 tekens.</translation>
    </message>
    <message>
        <source>This was registered without an owning organisation: only the coordinator may change, archive or delete it. Nothing was changed.</source>
        <translation>Dit is vastgelegd zonder eigenaar-organisatie: alleen de coördinator mag het wijzigen, archiveren of verwijderen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This belongs to {owner}: only {owner} and the coordinator may change, archive or delete it. Nothing was changed.</source>
        <translation>Dit hoort bij {owner}: alleen {owner} en de coördinator mogen het wijzigen, archiveren of verwijderen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Keep this under {limit} characters.</source>
        <translation>Houd dit onder de {limit} tekens.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>separate with commas</source>
        <translation>gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <source>Choose one of the list (type a few letters, ↓).</source>
        <translation>Kies er een uit de lijst (typ een paar letters, ↓).</translation>
    </message>
    <message>
        <source>Write a whole number, e.g. 24.</source>
        <translation>Schrijf een heel getal, bijvoorbeeld 24.</translation>
    </message>
    <message>
        <source>Write a date like 20-11-2026.</source>
        <translation>Schrijf een datum zoals 20-11-2026.</translation>
    </message>
    <message>
        <source>Unknown place: check the spelling. Travel distance cannot be used.</source>
        <translation>Onbekende plaats: controleer de spelling. De reisafstand kan niet worden gebruikt.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>&apos;{value}&apos; is not a crebo code; write 5 digits, e.g. 25180</source>
        <translation>&apos;{value}&apos; is geen crebocode; schrijf 5 cijfers, bijv. 25180</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; is geen getal</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number from {low} to {high}</source>
        <translation>&apos;{value}&apos; is geen heel getal van {low} tot {high}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write it like 20-11-2026</source>
        <translation>&apos;{value}&apos; is geen datum; schrijf haar als 20-11-2026</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no; write ja or nee</source>
        <translation>&apos;{value}&apos; is geen ja of nee; schrijf ja of nee</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a level; choose Entree, 1, 2, 3, 4, PrO, VSO, BuSO, OKAN or BSO</source>
        <translation>&apos;{value}&apos; is geen niveau; kies Entree, 1, 2, 3, 4, PrO, VSO, BuSO, OKAN of BSO</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a leerweg; write BOL, BBL or duaal</source>
        <translation>&apos;{value}&apos; is geen leerweg; schrijf BOL, BBL of duaal</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a kind of place; write baan, leerbaan, bpv, werkervaringsplaats or proefplaatsing</source>
        <translation>&apos;{value}&apos; is geen soort plek; schrijf baan, leerbaan, bpv, werkervaringsplaats of proefplaatsing</translation>
    </message>
    <message>
        <source>Export to a .csv or .xlsx file, not &apos;{name}&apos;.</source>
        <translation>Exporteer naar een .csv- of .xlsx-bestand, niet &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}</source>
        <translation>{path} kan niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Studentnummer</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Crebo</source>
        <translation>Crebo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Leerweg</source>
        <translation>Leerweg</translation>
    </message>
    <message>
        <source>Home place</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Beschikbaar vanaf</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>Wanted sectors</source>
        <translation>Gewenste sectoren</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Rijbewijs</translation>
    </message>
    <message>
        <source>Travels independently</source>
        <translation>Reist zelfstandig</translation>
    </message>
    <message>
        <source>Needs a job coach</source>
        <translation>Heeft een jobcoach nodig</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Vacaturenummer</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Crebo codes</source>
        <translation>Crebocodes</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Hours, minimum</source>
        <translation>Uren, minimaal</translation>
    </message>
    <message>
        <source>Hours, maximum</source>
        <translation>Uren, maximaal</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Open tot</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Aantal plekken</translation>
    </message>
    <message>
        <source>Driving licence required</source>
        <translation>Rijbewijs vereist</translation>
    </message>
    <message>
        <source>Job coaching possible</source>
        <translation>Jobcoaching mogelijk</translation>
    </message>
    <message>
        <source>Banenafspraak</source>
        <translation>Banenafspraak</translation>
    </message>
    <message>
        <source>empty; this column is required</source>
        <translation>leeg; deze kolom is verplicht</translation>
    </message>
    <message>
        <source>The file mixes encodings: row {row}, column {column} holds byte {byte}, which is not UTF-8 like the rest of the file. Correct that cell, or save the file again as CSV UTF-8; nothing was imported.</source>
        <translation>Het bestand mengt tekensets: rij {row}, kolom {column} bevat byte {byte}, die geen UTF-8 is zoals de rest van het bestand. Verbeter die cel, of sla het bestand opnieuw op als CSV UTF-8; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file cannot be read as {encoding}: row {row}, column {column} holds byte {byte}. Choose another encoding or correct that cell.</source>
        <translation>Het bestand kan niet als {encoding} worden gelezen: rij {row}, kolom {column} bevat byte {byte}. Kies een andere tekenset of verbeter die cel.</translation>
    </message>
    <message>
        <source>The file cannot be read as {encoding}; choose another encoding.</source>
        <translation>Het bestand is niet te lezen als {encoding}; kies een andere codering.</translation>
    </message>
    <message>
        <source>Row {row} holds a cell of more than {limit} characters (often a quote that is never closed); nothing was imported.</source>
        <translation>Rij {row} bevat een cel van meer dan {limit} tekens (vaak een aanhalingsteken dat nooit wordt gesloten); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file is cut off in row {row}: a quoted cell is never closed. Save the whole file again; nothing was imported.</source>
        <translation>Het bestand houdt op in rij {row}: een cel tussen aanhalingstekens wordt nooit gesloten. Sla het hele bestand opnieuw op; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read ({detail}); nothing was imported.</source>
        <translation>Rij {row} kan niet worden gelezen ({detail}); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The last row ({row}) is cut off: it has {found} of {expected} columns and the file does not end with a line break. Save the whole file again; nothing was imported.</source>
        <translation>De laatste rij ({row}) is afgebroken: hij heeft {found} van de {expected} kolommen en het bestand eindigt niet met een regeleinde. Sla het hele bestand opnieuw op; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This is not an Excel (.xlsx) file that can be read.</source>
        <translation>Dit is geen leesbaar Excel-bestand (.xlsx).</translation>
    </message>
    <message>
        <source>This Excel file holds no sheet.</source>
        <translation>Dit Excel-bestand bevat geen werkblad.</translation>
    </message>
    <message>
        <source>This Excel file is damaged or cut off ({detail}). Save it again from Excel, or as CSV; nothing was imported.</source>
        <translation>Dit Excel-bestand is beschadigd of afgebroken ({detail}). Sla het opnieuw op vanuit Excel, of als CSV; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{path} cannot be read: it is locked by another program (Excel?) or you may not read it. Close it there and try again.</source>
        <translation>{path} kan niet worden gelezen: een ander programma (Excel?) houdt het vast, of u mag het niet lezen. Sluit het daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Het bestand bevat geen rijen.</translation>
    </message>
    <message>
        <source>Columns with the same name: {names}. Give every column its own name; nothing was imported.</source>
        <translation>Kolommen met dezelfde naam: {names}. Geef elke kolom een eigen naam; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Export &apos;{kind}&apos; is unknown; use {kinds}.</source>
        <translation>Export &apos;{kind}&apos; bestaat niet; gebruik {kinds}.</translation>
    </message>
    <message>
        <source>Import &apos;{kind}&apos; is unknown; use jongeren or vacatures.</source>
        <translation>Import &apos;{kind}&apos; bestaat niet; gebruik jongeren of vacatures.</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}.</source>
        <translation>Kies een kolom voor: {fields}.</translation>
    </message>
    <message>
        <source>{n} rows have problems; nothing was imported. Fix them or skip those rows.</source>
        <translation>{n} rijen hebben problemen; er is niets geïmporteerd. Verbeter ze of sla die rijen over.</translation>
    </message>
    <message>
        <source>Someone changed some of these records while they were imported; nothing was imported. Import the file again.</source>
        <translation>Iemand heeft een deel van deze gegevens gewijzigd tijdens het importeren; er is niets geïmporteerd. Importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <source>the same as row {other}; each one may appear once</source>
        <translation>hetzelfde als rij {other}; elk mag maar één keer voorkomen</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known school; add it under Organisations first</source>
        <translation>&apos;{value}&apos; is geen bekende school; voeg haar eerst toe bij Organisaties</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>PrO</source>
        <translation>PrO</translation>
    </message>
    <message>
        <source>VSO</source>
        <translation>VSO</translation>
    </message>
    <message>
        <source>BuSO</source>
        <translation>BuSO</translation>
    </message>
    <message>
        <source>OKAN</source>
        <translation>OKAN</translation>
    </message>
    <message>
        <source>Entree</source>
        <translation>Entree</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Niveau 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Niveau 2</translation>
    </message>
    <message>
        <source>BSO</source>
        <translation>BSO</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Niveau 3</translation>
    </message>
    <message>
        <source>Level 4</source>
        <translation>Niveau 4</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>BOL</source>
        <translation>BOL</translation>
    </message>
    <message>
        <source>BBL</source>
        <translation>BBL</translation>
    </message>
    <message>
        <source>Duaal leren</source>
        <translation>Duaal leren</translation>
    </message>
    <message>
        <source>Nazorg call</source>
        <translation>Nazorggesprek</translation>
    </message>
    <message>
        <source>BPV check</source>
        <translation>BPV-check</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Werkt</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Leert</translation>
    </message>
    <message>
        <source>Looking for work</source>
        <translation>Zoekt werk</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Geen contact</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <source>By message (app, e-mail)</source>
        <translation>Met een bericht (app, e-mail)</translation>
    </message>
    <message>
        <source>Still in school</source>
        <translation>Nog op school</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Diploma expected</source>
        <translation>Diploma verwacht</translation>
    </message>
    <message>
        <source>Left without diploma</source>
        <translation>Zonder diploma vertrokken</translation>
    </message>
    <message>
        <source>Praktijkverklaring</source>
        <translation>Praktijkverklaring</translation>
    </message>
    <message>
        <source>No work</source>
        <translation>Geen werk</translation>
    </message>
    <message>
        <source>Temporary contract</source>
        <translation>Tijdelijk contract</translation>
    </message>
    <message>
        <source>Working below level</source>
        <translation>Werkt onder niveau</translation>
    </message>
    <message>
        <source>Working outside field</source>
        <translation>Werkt buiten vakgebied</translation>
    </message>
    <message>
        <source>At risk of dropping out</source>
        <translation>Dreigt uit te vallen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Baan</translation>
    </message>
    <message>
        <source>Leerbaan (BBL)</source>
        <translation>Leerbaan (BBL)</translation>
    </message>
    <message>
        <source>BPV internship</source>
        <translation>BPV-stage</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Werkervaringsplaats</translation>
    </message>
    <message>
        <source>Trial placement</source>
        <translation>Proefplaatsing</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tijdelijk</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Vast</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Proef</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Vervuld</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>On the agenda</source>
        <translation>Geagendeerd</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Nieuwe termijn</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Blijft open</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgedragen</translation>
    </message>
    <message>
        <source>Contact made</source>
        <translation>Contact gelegd</translation>
    </message>
    <message>
        <source>Interview planned</source>
        <translation>Gesprek gepland</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Geplaatst</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Does not fit the requirements</source>
        <translation>Past niet bij de eisen</translation>
    </message>
    <message>
        <source>Young person declined</source>
        <translation>Jongere zag ervan af</translation>
    </message>
    <message>
        <source>Employer declined</source>
        <translation>Werkgever zag ervan af</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Geen reactie</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <source>Still employed</source>
        <translation>Nog in dienst</translation>
    </message>
    <message>
        <source>Changed job</source>
        <translation>Andere baan</translation>
    </message>
    <message>
        <source>Out of work</source>
        <translation>Zonder werk</translation>
    </message>
    <message>
        <source>Back to school</source>
        <translation>Terug naar school</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Doorstroompunt</source>
        <translation>Doorstroompunt</translation>
    </message>
    <message>
        <source>Employer service</source>
        <translation>Werkgeversdienstverlening</translation>
    </message>
    <message>
        <source>Benefits agency</source>
        <translation>Uitkeringsinstantie</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Jobcoaching</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Andere organisatie</translation>
    </message>
    <message>
        <source>Business mentor</source>
        <translation>Bedrijfsmentor</translation>
    </message>
    <message>
        <source>Peer coach</source>
        <translation>Peercoach</translation>
    </message>
    <message>
        <source>Junior trainer (JPO)</source>
        <translation>Junior Praktijkopleider (JPO)</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <source>Jobhunter</source>
        <translation>Jobhunter</translation>
    </message>
    <message>
        <source>Open a network</source>
        <translation>Netwerk openen</translation>
    </message>
    <message>
        <source>Help with applying</source>
        <translation>Hulp bij solliciteren</translation>
    </message>
    <message>
        <source>Show a workplace</source>
        <translation>Werkplek laten zien</translation>
    </message>
    <message>
        <source>Find and keep a BPV place</source>
        <translation>BPV-plek vinden en houden</translation>
    </message>
    <message>
        <source>Keep going at work</source>
        <translation>Volhouden op het werk</translation>
    </message>
    <message>
        <source>Practical matters</source>
        <translation>Praktische zaken</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Young person stopped</source>
        <translation>Jongere gestopt</translation>
    </message>
    <message>
        <source>Supporter stopped</source>
        <translation>Ondersteuner gestopt</translation>
    </message>
    <message>
        <source>No click</source>
        <translation>Geen klik</translation>
    </message>
    <message>
        <source>Speed date</source>
        <translation>Speeddate</translation>
    </message>
    <message>
        <source>Open day</source>
        <translation>Open dag</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Week van het Talent</source>
        <translation>Week van het Talent</translation>
    </message>
    <message>
        <source>Regional meeting</source>
        <translation>Regiobijeenkomst</translation>
    </message>
</context>
<context>
    <name>linklabels</name>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Kennisgemaakt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
</context>
<context>
    <name>matching</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Level unknown</source>
        <translation>Niveau onbekend</translation>
    </message>
    <message>
        <source>Level fits: the vacancy asks {wanted}, the young person has {held}</source>
        <translation>Niveau past: vacature vraagt {wanted}, jongere heeft {held}</translation>
    </message>
    <message>
        <source>One level below: the vacancy asks {wanted}, the young person has {held}</source>
        <translation>Eén niveau lager: vacature vraagt {wanted}, jongere heeft {held}</translation>
    </message>
    <message>
        <source>Far below level: the vacancy asks {wanted}, the young person has {held}; a first job below level often does not last</source>
        <translation>Ver onder niveau: vacature vraagt {wanted}, jongere heeft {held}; een eerste baan onder niveau houdt vaak geen stand</translation>
    </message>
    <message>
        <source>One level above: the vacancy asks {wanted}, the young person has {held}; possible with support</source>
        <translation>Eén niveau hoger: vacature vraagt {wanted}, jongere heeft {held}; mogelijk met begeleiding</translation>
    </message>
    <message>
        <source>Too high: the vacancy asks {wanted}, the young person has {held}</source>
        <translation>Te hoog: vacature vraagt {wanted}, jongere heeft {held}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Vakgebied</translation>
    </message>
    <message>
        <source>Field unknown</source>
        <translation>Vakgebied onbekend</translation>
    </message>
    <message>
        <source>Same programme (crebo {crebo})</source>
        <translation>Zelfde opleiding (crebo {crebo})</translation>
    </message>
    <message>
        <source>The sector the young person wants most ({sector})</source>
        <translation>De sector die de jongere het liefst wil ({sector})</translation>
    </message>
    <message>
        <source>A sector the young person wants ({sector})</source>
        <translation>Een gewenste sector van de jongere ({sector})</translation>
    </message>
    <message>
        <source>Outside the wanted sectors ({sector})</source>
        <translation>Buiten de gewenste sectoren ({sector})</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reizen</translation>
    </message>
    <message>
        <source>Travel distance unknown (place not known)</source>
        <translation>Reisafstand onbekend (plaats onbekend)</translation>
    </message>
    <message>
        <source>{km} km from home: close by</source>
        <translation>{km} km van huis: dichtbij</translation>
    </message>
    <message>
        <source>{km} km from home: reachable</source>
        <translation>{km} km van huis: goed bereikbaar</translation>
    </message>
    <message>
        <source>{km} km from home: a long journey</source>
        <translation>{km} km van huis: een lange reis</translation>
    </message>
    <message>
        <source>{km} km from home: too far</source>
        <translation>{km} km van huis: te ver</translation>
    </message>
    <message>
        <source>{km} km from home, does not travel independently: close by</source>
        <translation>{km} km van huis, reist niet zelfstandig: dichtbij</translation>
    </message>
    <message>
        <source>{km} km from home, does not travel independently: only with help</source>
        <translation>{km} km van huis, reist niet zelfstandig: alleen met hulp</translation>
    </message>
    <message>
        <source>{km} km from home, does not travel independently: too far</source>
        <translation>{km} km van huis, reist niet zelfstandig: te ver</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Uren onbekend</translation>
    </message>
    <message>
        <source>Hours fit: {hours} per week, the vacancy offers {offered}</source>
        <translation>Uren passen: {hours} per week, de vacature biedt {offered}</translation>
    </message>
    <message>
        <source>Hours nearly fit: {hours} per week, the vacancy offers {offered}</source>
        <translation>Uren passen bijna: {hours} per week, de vacature biedt {offered}</translation>
    </message>
    <message>
        <source>Hours do not fit: {hours} per week, the vacancy offers {offered}</source>
        <translation>Uren passen niet: {hours} per week, de vacature biedt {offered}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start date unknown</source>
        <translation>Startdatum onbekend</translation>
    </message>
    <message>
        <source>Available in time: from {available}, the place starts {start}</source>
        <translation>Op tijd beschikbaar: vanaf {available}, de plek start {start}</translation>
    </message>
    <message>
        <source>Available shortly after the start: from {available}, the place starts {start}</source>
        <translation>Kort na de start beschikbaar: vanaf {available}, de plek start {start}</translation>
    </message>
    <message>
        <source>Available too late: from {available}, the place starts {start}</source>
        <translation>Te laat beschikbaar: vanaf {available}, de plek start {start}</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <source>No job coach needed</source>
        <translation>Geen jobcoach nodig</translation>
    </message>
    <message>
        <source>Job coach needed and possible here</source>
        <translation>Jobcoach nodig en hier mogelijk</translation>
    </message>
    <message>
        <source>Job coach needed but not offered here</source>
        <translation>Jobcoach nodig maar hier niet mogelijk</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Soort plaats</translation>
    </message>
    <message>
        <source>{kind} for someone on the regular route</source>
        <translation>{kind} voor iemand op de gewone route</translation>
    </message>
    <message>
        <source>{kind} for a PrO, VSO or BuSO leaver</source>
        <translation>{kind} voor een PrO-, VSO- of BuSO-verlater</translation>
    </message>
    <message>
        <source>{kind} for someone on or looking for the BBL or duaal route</source>
        <translation>{kind} voor iemand op of op zoek naar de BBL-route of duaal leren</translation>
    </message>
    <message>
        <source>The vacancy is not open</source>
        <translation>De vacature is niet open</translation>
    </message>
    <message>
        <source>A driving licence is required and the young person has none</source>
        <translation>Rijbewijs vereist en de jongere heeft er geen</translation>
    </message>
    <message>
        <source>A leerbaan (BBL) while the young person is not on the BBL route nor looking for one</source>
        <translation>Een leerbaan (BBL) terwijl de jongere niet op de BBL-route zit en er geen zoekt</translation>
    </message>
    <message>
        <source>The vacancy needs at least {needed} hours a week, the young person can work {hours}</source>
        <translation>De vacature vraagt minstens {needed} uur per week, de jongere kan {hours}</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Sector unknown</source>
        <translation>Sector onbekend</translation>
    </message>
    <message>
        <source>Knows the sector the young person wants most ({sector})</source>
        <translation>Kent de sector die de jongere het liefst wil ({sector})</translation>
    </message>
    <message>
        <source>Knows a sector the young person wants ({sectors})</source>
        <translation>Kent een sector die de jongere wil ({sectors})</translation>
    </message>
    <message>
        <source>Works outside the wanted sectors ({sectors})</source>
        <translation>Werkt buiten de gewenste sectoren ({sectors})</translation>
    </message>
    <message>
        <source>Distance unknown (place not known)</source>
        <translation>Afstand onbekend (plaats niet bekend)</translation>
    </message>
    <message>
        <source>{km} km apart: close by</source>
        <translation>{km} km uit elkaar: dichtbij</translation>
    </message>
    <message>
        <source>{km} km apart: reachable</source>
        <translation>{km} km uit elkaar: goed te doen</translation>
    </message>
    <message>
        <source>{km} km apart: a long way to meet</source>
        <translation>{km} km uit elkaar: ver om af te spreken</translation>
    </message>
    <message>
        <source>{km} km apart: too far to meet often</source>
        <translation>{km} km uit elkaar: te ver om vaak af te spreken</translation>
    </message>
    <message>
        <source>{km} km apart, does not travel independently: close by</source>
        <translation>{km} km uit elkaar, reist niet zelfstandig: dichtbij</translation>
    </message>
    <message>
        <source>{km} km apart, does not travel independently: only with help</source>
        <translation>{km} km uit elkaar, reist niet zelfstandig: alleen met hulp</translation>
    </message>
    <message>
        <source>{km} km apart, does not travel independently: too far</source>
        <translation>{km} km uit elkaar, reist niet zelfstandig: te ver</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Capacity unknown ({taken} young people now)</source>
        <translation>Capaciteit onbekend (nu {taken} jongeren)</translation>
    </message>
    <message>
        <source>Room for more: {taken} of {capacity} young people</source>
        <translation>Ruimte voor meer: {taken} van {capacity} jongeren</translation>
    </message>
    <message>
        <source>Room for one more: {taken} of {capacity} young people</source>
        <translation>Ruimte voor nog één: {taken} van {capacity} jongeren</translation>
    </message>
    <message>
        <source>No room: {taken} of {capacity} young people</source>
        <translation>Geen ruimte: {taken} van {capacity} jongeren</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Wensen</translation>
    </message>
    <message>
        <source>Wishes not recorded on both sides</source>
        <translation>Wensen niet aan beide kanten vastgelegd</translation>
    </message>
    <message>
        <source>Offers all the help asked for: {met}</source>
        <translation>Biedt alle gevraagde hulp: {met}</translation>
    </message>
    <message>
        <source>Offers part of the help asked for: {met}; not: {missing}</source>
        <translation>Biedt een deel van de gevraagde hulp: {met}; niet: {missing}</translation>
    </message>
    <message>
        <source>Does not offer the help asked for: {missing}</source>
        <translation>Biedt niet de gevraagde hulp: {missing}</translation>
    </message>
    <message>
        <source>The supporter is archived</source>
        <translation>De ondersteuner is gearchiveerd</translation>
    </message>
    <message>
        <source>The supporter has no room: {taken} of {capacity} young people</source>
        <translation>De ondersteuner heeft geen ruimte: {taken} van {capacity} jongeren</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <source>This did not work because of an error in Matchtafel. Nothing you typed is lost; the details are in the log file (Help → About).</source>
        <translation>Dit lukte niet door een fout in Matchtafel. Niets van wat u typte is verloren; de details staan in het logbestand (Help → Over Matchtafel).</translation>
    </message>
</context>
</TS>
