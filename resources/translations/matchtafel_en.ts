<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
