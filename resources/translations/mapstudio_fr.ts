<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Command</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Emotion Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste %n Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %n Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Emotion Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Metric</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
