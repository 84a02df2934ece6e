<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CanvasVote</name>
    <message numerus="yes">
        <source>This vote has %Ln participant(s).</source>
        <translation>
            <numerusform>This vote has %Ln participant.</numerusform>
            <numerusform>This vote has %Ln participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message numerus="yes">
        <source>Added to %1 (%Ln notes there).</source>
        <translation>
            <numerusform>Added to %1 (%Ln note there).</numerusform>
            <numerusform>Added to %1 (%Ln notes there).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%Ln conflicts; nothing was written</source>
        <translation>
            <numerusform>%Ln conflict; nothing was written</numerusform>
            <numerusform>%Ln conflicts; nothing was written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: the file had %Ln other hard link(s); they keep the old content</source>
        <translation>
            <numerusform>warning: the file had %Ln other hard link; it keeps the old content</numerusform>
            <numerusform>warning: the file had %Ln other hard links; they keep the old content</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message numerus="yes">
        <source>Delete %Ln Cards</source>
        <translation>
            <numerusform>Delete %Ln Card</numerusform>
            <numerusform>Delete %Ln Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln Cards</source>
        <translation>
            <numerusform>Paste %Ln Card</numerusform>
            <numerusform>Paste %Ln Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln Cards</source>
        <translation>
            <numerusform>Move %Ln Card</numerusform>
            <numerusform>Move %Ln Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you have placed all your %Ln dots</source>
        <translation>
            <numerusform>you have placed your %Ln dot</numerusform>
            <numerusform>you have placed all your %Ln dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message numerus="yes">
        <source>%Ln difference(s): %1 added, %2 removed, %3 changed or moved</source>
        <translation>
            <numerusform>%Ln difference: %1 added, %2 removed, %3 changed or moved</numerusform>
            <numerusform>%Ln differences: %1 added, %2 removed, %3 changed or moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Take %Ln</source>
        <translation>
            <numerusform>&amp;Take %Ln</numerusform>
            <numerusform>&amp;Take %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %Ln Changes</source>
        <translation>
            <numerusform>Take %Ln Change</numerusform>
            <numerusform>Take %Ln Changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message numerus="yes">
        <source>%1 has no dots left (%Ln each)</source>
        <translation>
            <numerusform>%1 has no dots left (%Ln each)</numerusform>
            <numerusform>%1 has no dots left (%Ln each)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message numerus="yes">
        <source>Laid out as a service blueprint; %Ln lane(s) added.</source>
        <translation>
            <numerusform>Laid out as a service blueprint; %Ln lane added.</numerusform>
            <numerusform>Laid out as a service blueprint; %Ln lanes added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message numerus="yes">
        <source>The unsaved changes of your maps (%Ln) were copied to the recovery folder.</source>
        <translation>
            <numerusform>The unsaved changes of your map (%Ln) were copied to the recovery folder.</numerusform>
            <numerusform>The unsaved changes of your maps (%Ln) were copied to the recovery folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message numerus="yes">
        <source>%Ln persona(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) added</source>
        <translation>
            <numerusform>%Ln card added</numerusform>
            <numerusform>%Ln cards added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) changed</source>
        <translation>
            <numerusform>%Ln card changed</numerusform>
            <numerusform>%Ln cards changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) removed</source>
        <translation>
            <numerusform>%Ln card removed</numerusform>
            <numerusform>%Ln cards removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>%Ln sheet(s) nearly blank: %1</source>
        <translation>
            <numerusform>%Ln sheet nearly blank: %1</numerusform>
            <numerusform>%Ln sheets nearly blank: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sheet(s) of %1</source>
        <translation>
            <numerusform>%Ln sheet of %1</numerusform>
            <numerusform>%Ln sheets of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%Ln text(s) too long to print whole:</source>
        <translation>
            <numerusform>%Ln text is too long to print whole:</numerusform>
            <numerusform>%Ln texts are too long to print whole:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sheet(s) of %1</source>
        <translation>
            <numerusform>%Ln sheet of %1</numerusform>
            <numerusform>%Ln sheets of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message numerus="yes">
        <source>Printed %Ln page(s).</source>
        <translation>
            <numerusform>Printed %Ln page.</numerusform>
            <numerusform>Printed %Ln pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>%1 has no row for %Ln card(s) of the map: they were removed (Undo brings them back).</source>
        <translation>
            <numerusform>%1 has no row for %Ln card of the map: it was removed (Undo brings it back).</numerusform>
            <numerusform>%1 has no row for %Ln cards of the map: they were removed (Undo brings them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message numerus="yes">
        <source>%Ln not rated</source>
        <translation>
            <numerusform>%Ln not rated</numerusform>
            <numerusform>%Ln not rated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message numerus="yes">
        <source>%Ln not rated (no impact or effort)</source>
        <translation>
            <numerusform>%Ln not rated (no impact or effort)</numerusform>
            <numerusform>%Ln not rated (no impact or effort)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) with no source</source>
        <translation>
            <numerusform>%Ln card with no source</numerusform>
            <numerusform>%Ln cards with no source</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%Ln item(s) selected.</source>
        <translation>
            <numerusform>%Ln item selected.</numerusform>
            <numerusform>%Ln items selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSessionPanel</name>
    <message numerus="yes">
        <source>%Ln participant(s) connected</source>
        <translation>
            <numerusform>%Ln participant connected</numerusform>
            <numerusform>%Ln participants connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message numerus="yes">
        <source>(%Ln notes)</source>
        <translation>
            <numerusform>(%Ln note)</numerusform>
            <numerusform>(%Ln notes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message numerus="yes">
        <source>Discard the unsaved changes of %Ln map(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Discard the unsaved changes of %Ln map? This cannot be undone.</numerusform>
            <numerusform>Discard the unsaved changes of %Ln maps? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadField</name>
    <message numerus="yes">
        <source>%Ln open</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%Ln open</numerusform>
            <numerusform>%Ln open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolved</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%Ln resolved</numerusform>
            <numerusform>%Ln resolved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedMapsDialog</name>
    <message numerus="yes">
        <source>%Ln map(s) have changes that are not saved. Save them before quitting?</source>
        <translation>
            <numerusform>%Ln map has changes that are not saved. Save it before quitting?</numerusform>
            <numerusform>%Ln maps have changes that are not saved. Save them before quitting?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message numerus="yes">
        <source>Restoring this version would change %Ln things:</source>
        <translation>
            <numerusform>Restoring this version would change %Ln thing:</numerusform>
            <numerusform>Restoring this version would change %Ln things:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln card</numerusform>
            <numerusform>%Ln cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stage(s)</source>
        <translation>
            <numerusform>%Ln stage</numerusform>
            <numerusform>%Ln stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lane(s)</source>
        <translation>
            <numerusform>%Ln lane</numerusform>
            <numerusform>%Ln lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln vote(s)</source>
        <translation>
            <numerusform>%Ln vote</numerusform>
            <numerusform>%Ln votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dot(s)</source>
        <translation>
            <numerusform>%Ln dot</numerusform>
            <numerusform>%Ln dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteBar</name>
    <message numerus="yes">
        <source>%Ln dot(s) left</source>
        <translation>
            <numerusform>%Ln dot left</numerusform>
            <numerusform>%Ln dots left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteController</name>
    <message numerus="yes">
        <source>Vote closed: %Ln opportunities have new totals.</source>
        <translation>
            <numerusform>Vote closed: %Ln opportunity has a new total.</numerusform>
            <numerusform>Vote closed: %Ln opportunities have new totals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message numerus="yes">
        <source>Rank %1: %2 tied with %Ln dot(s), %3.</source>
        <translation>
            <numerusform>Rank %1: %2 tied with %Ln dot, %3.</numerusform>
            <numerusform>Rank %1: %2 tied with %Ln dots, %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message numerus="yes">
        <source>Notes by %1: %Ln</source>
        <translation>
            <numerusform>Notes by %1: %Ln</numerusform>
            <numerusform>Notes by %1: %Ln</numerusform>
        </translation>
    </message>
</context>
</TS>
