<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendancePanel</name>
    <message numerus="yes">
        <source>%n marked present.</source>
        <translation>
            <numerusform>%n marked present.</numerusform>
            <numerusform>%n marked present.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckpointsPage</name>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactMomentsPage</name>
    <message numerus="yes">
        <source>%n contact moments</source>
        <translation>
            <numerusform>%n contact moment</numerusform>
            <numerusform>%n contact moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n young people</source>
        <translation>
            <numerusform>%n young person</numerusform>
            <numerusform>%n young people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open vacancies</source>
        <translation>
            <numerusform>%n open vacancy</numerusform>
            <numerusform>%n open vacancies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employers</source>
        <translation>
            <numerusform>%n employer</numerusform>
            <numerusform>%n employers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions planned</source>
        <translation>
            <numerusform>%n session planned</numerusform>
            <numerusform>%n sessions planned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message numerus="yes">
        <source>%n agreements overdue for longer (in the session review)</source>
        <translation>
            <numerusform>%n agreement overdue for longer (in the session review)</numerusform>
            <numerusform>%n agreements overdue for longer (in the session review)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nazorg calls overdue for longer (Nazorg screen)</source>
        <translation>
            <numerusform>%n nazorg call overdue for longer (Nazorg screen)</numerusform>
            <numerusform>%n nazorg calls overdue for longer (Nazorg screen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableScreen</name>
    <message numerus="yes">
        <source>Review of earlier agreements: %n still to decide.</source>
        <translation>
            <numerusform>Review of earlier agreements: %n still to decide.</numerusform>
            <numerusform>Review of earlier agreements: %n still to decide.</numerusform>
        </translation>
    </message>
</context>
</TS>
