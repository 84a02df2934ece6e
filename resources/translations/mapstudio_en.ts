<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaptureBar</name>
    <message numerus="yes">
        <source>Added to %1 (%n notes there).</source>
        <translation>
            <numerusform>Added to %1 (%n note there).</numerusform>
            <numerusform>Added to %1 (%n notes there).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n conflicts; nothing was written</source>
        <translation>
            <numerusform>%n conflict; nothing was written</numerusform>
            <numerusform>%n conflicts; nothing was written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: the file had %n other hard link(s); they keep the old content</source>
        <translation>
            <numerusform>warning: the file had %n other hard link; it keeps the old content</numerusform>
            <numerusform>warning: the file had %n other hard links; they keep the old content</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message numerus="yes">
        <source>Delete %n Cards</source>
        <translation>
            <numerusform>Delete %n Card</numerusform>
            <numerusform>Delete %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Cards</source>
        <translation>
            <numerusform>Paste %n Card</numerusform>
            <numerusform>Paste %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Cards</source>
        <translation>
            <numerusform>Move %n Card</numerusform>
            <numerusform>Move %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you have placed all your %n dots</source>
        <translation>
            <numerusform>you have placed your %n dot</numerusform>
            <numerusform>you have placed all your %n dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message numerus="yes">
        <source>Take %n Changes</source>
        <translation>
            <numerusform>Take %n Change</numerusform>
            <numerusform>Take %n Changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message numerus="yes">
        <source>%1 has no dots left (%n each)</source>
        <translation>
            <numerusform>%1 has no dots left (%n each)</numerusform>
            <numerusform>%1 has no dots left (%n each)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message numerus="yes">
        <source>Laid out as a service blueprint; %n lane(s) added.</source>
        <translation>
            <numerusform>Laid out as a service blueprint; %n lane added.</numerusform>
            <numerusform>Laid out as a service blueprint; %n lanes added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message numerus="yes">
        <source>The unsaved changes of your maps (%n) were copied to the recovery folder.</source>
        <translation>
            <numerusform>The unsaved changes of your map (%n) were copied to the recovery folder.</numerusform>
            <numerusform>The unsaved changes of your maps (%n) were copied to the recovery folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) added</source>
        <translation>
            <numerusform>%n card added</numerusform>
            <numerusform>%n cards added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) changed</source>
        <translation>
            <numerusform>%n card changed</numerusform>
            <numerusform>%n cards changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) removed</source>
        <translation>
            <numerusform>%n card removed</numerusform>
            <numerusform>%n cards removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>%n sheet(s) nearly blank: %1</source>
        <translation>
            <numerusform>%n sheet nearly blank: %1</numerusform>
            <numerusform>%n sheets nearly blank: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n text(s) too long to print whole:</source>
        <translation>
            <numerusform>%n text is too long to print whole:</numerusform>
            <numerusform>%n texts are too long to print whole:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) of %1</source>
        <translation>
            <numerusform>%n sheet of %1</numerusform>
            <numerusform>%n sheets of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>Printed %n page.</numerusform>
            <numerusform>Printed %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>%1 has no row for %n card(s) of the map: they were removed (Undo brings them back).</source>
        <translation>
            <numerusform>%1 has no row for %n card of the map: it was removed (Undo brings it back).</numerusform>
            <numerusform>%1 has no row for %n cards of the map: they were removed (Undo brings them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>%n item selected.</numerusform>
            <numerusform>%n items selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSessionPanel</name>
    <message numerus="yes">
        <source>%n participant(s) connected</source>
        <translation>
            <numerusform>%n participant connected</numerusform>
            <numerusform>%n participants connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message numerus="yes">
        <source>(%n notes)</source>
        <translation>
            <numerusform>(%n note)</numerusform>
            <numerusform>(%n notes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message numerus="yes">
        <source>Discard the unsaved changes of %n map(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Discard the unsaved changes of %n map? This cannot be undone.</numerusform>
            <numerusform>Discard the unsaved changes of %n maps? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message numerus="yes">
        <source>Restoring this version would change %n things:</source>
        <translation>
            <numerusform>Restoring this version would change %n thing:</numerusform>
            <numerusform>Restoring this version would change %n things:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteBar</name>
    <message numerus="yes">
        <source>%n dot(s) left</source>
        <translation>
            <numerusform>%n dot left</numerusform>
            <numerusform>%n dots left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteController</name>
    <message numerus="yes">
        <source>Vote closed: %n opportunities have new totals.</source>
        <translation>
            <numerusform>Vote closed: %n opportunity has a new total.</numerusform>
            <numerusform>Vote closed: %n opportunities have new totals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message numerus="yes">
        <source>Rank %1: %2 tied with %n dot(s), %3.</source>
        <translation>
            <numerusform>Rank %1: %2 tied with %n dot, %3.</numerusform>
            <numerusform>Rank %1: %2 tied with %n dots, %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message numerus="yes">
        <source>Notes by %1: %n</source>
        <translation>
            <numerusform>Notes by %1: %n</numerusform>
            <numerusform>Notes by %1: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
