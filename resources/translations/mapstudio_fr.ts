<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Command</name>
    <message>
        <source>Card</source>
        <translation>de la fiche</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>de l’étape</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>du couloir</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>du persona</translation>
    </message>
    <message>
        <source>Emotion Point</source>
        <translation>du point d’émotion</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>de l’indicateur</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>de la carte</translation>
    </message>
    <message>
        <source>Edit %1 Text</source>
        <translation>Modification du texte %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modification %1</translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation>Suppression de la fiche</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Suppression de l’étape</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Suppression du couloir</translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation>Suppression du persona</translation>
    </message>
    <message>
        <source>Clear Emotion Point</source>
        <translation>Effacement du point d’émotion</translation>
    </message>
    <message>
        <source>Delete Metric</source>
        <translation>Suppression de l’indicateur</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Delete %n Cards</source>
        <translation>Suppression de %n fiches</translation>
    </message>
    <message>
        <source>Add Card</source>
        <translation>Ajout d’une fiche</translation>
    </message>
    <message>
        <source>Paste %n Cards</source>
        <translation>Collage de %n fiches</translation>
    </message>
    <message>
        <source>Paste Card</source>
        <translation>Collage d’une fiche</translation>
    </message>
    <message>
        <source>Move Card</source>
        <translation>Déplacement de la fiche</translation>
    </message>
    <message>
        <source>Move %n Cards</source>
        <translation>Déplacement de %n fiches</translation>
    </message>
    <message>
        <source>Duplicate Card</source>
        <translation>Duplication de la fiche</translation>
    </message>
    <message>
        <source>Duplicate Cards</source>
        <translation>Duplication des fiches</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Ajout d’une étape</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <translation>Ajout d’un couloir</translation>
    </message>
    <message>
        <source>Move Stage</source>
        <translation>Déplacement de l’étape</translation>
    </message>
    <message>
        <source>Move Lane</source>
        <translation>Déplacement du couloir</translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation>Ajout d’un persona</translation>
    </message>
    <message>
        <source>Set Emotion</source>
        <translation>Réglage de l’émotion</translation>
    </message>
    <message>
        <source>Change Emotion Scale</source>
        <translation>Changement de l’échelle d’émotion</translation>
    </message>
    <message>
        <source>Add Metric</source>
        <translation>Ajout d’un indicateur</translation>
    </message>
</context>
</TS>
