<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
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
        <source>About Matchtafel</source>
        <translation>Over Matchtafel</translation>
    </message>
    <message>
        <source>Matchtafel {version}: the meeting assistant for the regional table that finds work for young people.</source>
        <translation>Matchtafel {version}: de vergaderassistent voor de regionale tafel die werk vindt voor jongeren.</translation>
    </message>
</context>
<context>
    <name>Matchtafel</name>
    <message>
        <source>Matchtafel ran into an internal error: {error}</source>
        <translation>Matchtafel liep tegen een interne fout aan: {error}</translation>
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
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
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
        <source>{path} is already open in another Matchtafel (process {pid}). Close it there first.</source>
        <translation>{path} is al geopend in een andere Matchtafel (proces {pid}). Sluit het daar eerst.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Nothing was changed; restore a backup copy.</source>
        <translation>{path} is beschadigd ({detail}). Er is niets gewijzigd; zet een reservekopie terug.</translation>
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
        <source>{path} is not a Matchtafel database. Nothing was changed.</source>
        <translation>{path} is geen Matchtafel-database. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The PostgreSQL server {url} cannot be reached: {detail}. Check the address, your network and that the server runs.</source>
        <translation>De PostgreSQL-server {url} is niet bereikbaar: {detail}. Controleer het adres, je netwerk en of de server draait.</translation>
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
        <source>Someone else changed this {entity} while you were editing it (your version {expected}, stored version {stored}). Your text is kept; compare and save again.</source>
        <translation>Iemand anders heeft deze {entity} gewijzigd terwijl jij aan het bewerken was (jouw versie {expected}, opgeslagen versie {stored}). Je tekst blijft bewaard; vergelijk en sla opnieuw op.</translation>
    </message>
    <message>
        <source>This {entity} no longer exists (id {id}).</source>
        <translation>Deze {entity} bestaat niet meer (id {id}).</translation>
    </message>
    <message>
        <source>Unknown demo size &apos;{size}&apos;; use small or large.</source>
        <translation>Onbekende demogrootte &apos;{size}&apos;; gebruik small of large.</translation>
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
        <source>This date lies before {first}; pick a later one.</source>
        <translation>Deze datum ligt vóór {first}; kies een latere.</translation>
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
        <source>Keep the support note under 500 characters.</source>
        <translation>Houd de ondersteuningsnotitie onder 500 tekens.</translation>
    </message>
    <message>
        <source>Give the expected diploma date.</source>
        <translation>Geef de verwachte diplomadatum.</translation>
    </message>
</context>
</TS>
