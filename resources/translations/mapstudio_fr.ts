<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MapStudio</source>
        <translation>À propos de MapStudio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MapStudio %1&lt;/h2&gt;&lt;p&gt;Customer journey maps and service blueprints, on your computer: no account, no server; each map is one JSON file you own, and big maps print as posters.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (PySide6), reportlab and PDFium; type in DejaVu Sans; icons from Lucide (ISC licence).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MapStudio %1&lt;/h2&gt;&lt;p&gt;Cartes de parcours client et service blueprints, sur votre ordinateur&#xa0;: ni compte, ni serveur&#xa0;; chaque carte est un fichier JSON qui vous appartient, et les grandes cartes s’impriment en affiches.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence MIT.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2 (PySide6), reportlab et PDFium&#xa0;; caractères DejaVu Sans&#xa0;; icônes Lucide (licence ISC).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Atomic</name>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>not a regular file (a device, a pipe or a folder)</source>
        <translation>ce n’est pas un fichier ordinaire (un périphérique, un tube ou un dossier)</translation>
    </message>
</context>
<context>
    <name>CanvasVote</name>
    <message>
        <source>Every dot is cast: reveal the dots or close the vote.</source>
        <translation>Toutes les gommettes sont posées&#xa0;: révélez-les ou clôturez le vote.</translation>
    </message>
    <message>
        <source>%1 has placed every dot; now %2.</source>
        <translation>%1 a posé toutes ses gommettes&#xa0;; au tour de %2.</translation>
    </message>
    <message numerus="yes">
        <source>This vote has %Ln participant(s).</source>
        <translation>
            <numerusform>Ce vote compte %Ln participant.</numerusform>
            <numerusform>Ce vote compte %Ln participants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one card with the arrow keys first.</source>
        <translation>Sélectionnez d’abord une fiche avec les flèches.</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Lane (Up/Down or Alt+1…9 in the note field)</source>
        <translation>Couloir (Haut/Bas ou Alt+1…9 dans le champ de la note)</translation>
    </message>
    <message>
        <source>Type a note, then Enter</source>
        <translation>Tapez une note, puis Entrée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Initials or name of the note&apos;s author</source>
        <translation>Initiales ou nom de l’auteur de la note</translation>
    </message>
    <message>
        <source>Close quick capture (Escape)</source>
        <translation>Fermer la saisie rapide (Échap)</translation>
    </message>
    <message>
        <source>Enter adds the note · Up/Down or Alt+1…9: lane · Page Up/Down: stage · Tab: author · Escape: close</source>
        <translation>Entrée ajoute la note · Haut/Bas ou Alt+1…9 : couloir · Page préc./suiv. : étape · Tab : auteur · Échap : fermer</translation>
    </message>
    <message>
        <source>no author</source>
        <translation>sans auteur</translation>
    </message>
    <message>
        <source>new participant</source>
        <translation>nouveau participant</translation>
    </message>
    <message>
        <source>“%1” is not in the map&apos;s participants: the next note adds them.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des participants de la carte&#xa0;: la prochaine note l’ajoute.</translation>
    </message>
    <message>
        <source>This map is open read-only: save a copy to edit it.</source>
        <translation>Cette carte est ouverte en lecture seule&#xa0;: enregistrez-en une copie pour la modifier.</translation>
    </message>
    <message>
        <source>The map needs a stage and a lane for notes.</source>
        <translation>La carte doit avoir une étape et un couloir pour recevoir des notes.</translation>
    </message>
    <message numerus="yes">
        <source>Added to %1 (%Ln notes there).</source>
        <translation>
            <numerusform>Ajoutée à %1 (%Ln note).</numerusform>
            <numerusform>Ajoutée à %1 (%Ln notes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardBadge</name>
    <message>
        <source>%1: %2</source>
        <extracomment>Lanes whose cards always carry their lane&apos;s symbol (⚠, ★), so greyscale prints tell them apart.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Online: the customer meets it on a screen</source>
        <translation>En ligne&#xa0;: le client le rencontre sur un écran</translation>
    </message>
    <message>
        <source>Offline: the customer meets it in person, by phone or on paper</source>
        <translation>Hors ligne&#xa0;: le client le rencontre en personne, au téléphone ou sur papier</translation>
    </message>
    <message>
        <source>Severity: %1 (%2 of 3)</source>
        <translation>Gravité&#xa0;: %1 (%2 sur 3)</translation>
    </message>
    <message>
        <source>impact %1</source>
        <translation>impact %1</translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation>effort %1</translation>
    </message>
    <message>
        <source>Workshop votes: %1</source>
        <translation>Votes de l’atelier&#xa0;: %1</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Owner: %1, who takes it forward</source>
        <translation>Responsable&#xa0;: %1, qui la fait avancer</translation>
    </message>
    <message>
        <source>Touchpoint channel: %1</source>
        <extracomment>Every badge, in strip order.</extracomment>
        <translation>Canal du point de contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Impact: %1, the benefit expected</source>
        <translation>Impact&#xa0;: %1, le bénéfice attendu</translation>
    </message>
    <message>
        <source>Effort: %1, the work it takes</source>
        <translation>Effort&#xa0;: %1, le travail qu’elle demande</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <extracomment>The badges a lane&apos;s cards can show (measuring a big map asks this for every card).</extracomment>
        <translation>Couloir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>&quot;%1&quot; is neither a command nor an existing file: did you mean %2? (commands: %3)</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni une commande ni un fichier existant&#xa0;: vouliez-vous dire %2&#xa0;? (commandes&#xa0;: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a command nor an existing file (commands: %2; see mapstudio --help)</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni une commande ni un fichier existant (commandes&#xa0;: %2&#xa0;; voir mapstudio --help)</translation>
    </message>
    <message>
        <source>the editor needs a graphical session, and there is none here (DISPLAY and WAYLAND_DISPLAY are not set); check, export and the other commands work without one (see mapstudio --help)</source>
        <translation>l’éditeur a besoin d’une session graphique, et il n’y en a pas ici (DISPLAY et WAYLAND_DISPLAY ne sont pas définies)&#xa0;; check, export et les autres commandes fonctionnent sans (voir mapstudio --help)</translation>
    </message>
    <message>
        <source>the editor needs a graphical session, and no X server answers on display %1; check, export and the other commands work without one (see mapstudio --help)</source>
        <translation>l’éditeur a besoin d’une session graphique, et aucun serveur X ne répond sur l’écran %1&#xa0;; check, export et les autres commandes fonctionnent sans (voir mapstudio --help)</translation>
    </message>
    <message>
        <source>the editor is not available in this installation (%1)</source>
        <translation>l’éditeur n’est pas disponible dans cette installation (%1)</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>erreur inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>valid (%1 stages, %2 lanes, %3 cards)</source>
        <translation>valide (%1 étapes, %2 couloirs, %3 fiches)</translation>
    </message>
    <message>
        <source>this is a folder; give the name of the map file to create</source>
        <translation>c’est un dossier&#xa0;; donnez le nom du fichier de carte à créer</translation>
    </message>
    <message>
        <source>the file already exists; use --force to replace it</source>
        <translation>le fichier existe déjà&#xa0;; utilisez --force pour le remplacer</translation>
    </message>
    <message>
        <source>there is no template &quot;%1&quot;; choose one of: %2</source>
        <translation>il n’y a pas de modèle «&#xa0;%1&#xa0;»&#xa0;; choisissez parmi&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>impossible d’écrire le fichier (%1)</translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation>créée à partir de %1</translation>
    </message>
    <message>
        <source>unexpected error, the file was not changed: %1</source>
        <translation>erreur inattendue, le fichier n’a pas été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; the file was not changed</source>
        <translation>%1&#xa0;; le fichier n’a pas été modifié</translation>
    </message>
    <message>
        <source>already canonical, unchanged</source>
        <translation>déjà sous forme canonique, inchangé</translation>
    </message>
    <message>
        <source>the file is read-only, it was not changed (make it writable to format it)</source>
        <translation>le fichier est en lecture seule, il n’a pas été modifié (rendez-le modifiable pour le formater)</translation>
    </message>
    <message>
        <source>cannot write the file, it was not changed (%1)</source>
        <translation>impossible d’écrire le fichier, il n’a pas été modifié (%1)</translation>
    </message>
    <message numerus="yes">
        <source>warning: the file had %Ln other hard link(s); they keep the old content</source>
        <translation>
            <numerusform>attention&#xa0;: le fichier avait %Ln autre lien physique&#xa0;; il garde l’ancien contenu</numerusform>
            <numerusform>attention&#xa0;: le fichier avait %Ln autres liens physiques&#xa0;; ils gardent l’ancien contenu</numerusform>
        </translation>
    </message>
    <message>
        <source>upgraded from file format %1 to %2</source>
        <translation>mise à jour du format de fichier %1 au format %2</translation>
    </message>
    <message>
        <source>formatted</source>
        <translation>mis en forme</translation>
    </message>
    <message>
        <source>export is not available in this installation (%1)</source>
        <translation>l’export n’est pas disponible dans cette installation (%1)</translation>
    </message>
    <message>
        <source>give the merged map&apos;s file with -o OUT</source>
        <translation>indiquez le fichier de la carte fusionnée avec -o SORTIE</translation>
    </message>
    <message>
        <source>these versions cannot be merged: %1</source>
        <translation>ces versions ne peuvent pas être fusionnées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts; nothing was written</source>
        <translation>
            <numerusform>%Ln conflit ; rien n’a été écrit</numerusform>
            <numerusform>%Ln conflits ; rien n’a été écrit</numerusform>
        </translation>
    </message>
    <message>
        <source>--kind takes TITLE=KIND, KIND one of: %1 (not &quot;%2&quot;)</source>
        <translation>--kind attend TITRE=TYPE, TYPE parmi&#xa0;: %1 (pas «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>impossible de lire le fichier (%1)</translation>
    </message>
    <message>
        <source>lane &quot;%1&quot;: %2 (as given)</source>
        <translation>couloir «&#xa0;%1&#xa0;»&#xa0;: %2 (comme indiqué)</translation>
    </message>
    <message>
        <source>lane &quot;%1&quot;: %2 (guessed from its title; --kind &quot;%1=KIND&quot; to change)</source>
        <translation>couloir «&#xa0;%1&#xa0;»&#xa0;: %2 (deviné d’après son titre&#xa0;; --kind &quot;%1=TYPE&quot; pour le changer)</translation>
    </message>
    <message>
        <source>lane &quot;%1&quot;: %2 (its title says no kind; --kind &quot;%1=KIND&quot; to change)</source>
        <translation>couloir «&#xa0;%1&#xa0;»&#xa0;: %2 (son titre ne dit pas son type&#xa0;; --kind &quot;%1=TYPE&quot; pour le changer)</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>Click a cell of the map first, then paste.</source>
        <translation>Cliquez d’abord sur une case de la carte, puis collez.</translation>
    </message>
    <message>
        <source>Cards cannot be pasted into an emotions lane: it holds the emotion curve.</source>
        <translation>Impossible de coller des fiches dans un couloir d’émotions&#xa0;: il contient la courbe d’émotion.</translation>
    </message>
    <message>
        <source>The clipboard holds no cards or text to paste.</source>
        <translation>Le presse-papiers ne contient ni fiche ni texte à coller.</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <source>No colour (the lane&apos;s colour)</source>
        <translation>Aucune couleur (celle du couloir)</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Autre couleur…</translation>
    </message>
    <message>
        <source>Choose a Colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
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
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Dot</source>
        <translation>Gommette</translation>
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
        <source>Remove Participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>Delete Vote</source>
        <translation>Supprimer le vote</translation>
    </message>
    <message>
        <source>Remove Dot</source>
        <translation>Retirer la gommette</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Make Service Blueprint</source>
        <translation>Transformer en service blueprint</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Start Dot Vote</source>
        <translation>Lancer un vote par gommettes</translation>
    </message>
    <message>
        <source>Join Vote</source>
        <translation>Participation au vote</translation>
    </message>
    <message>
        <source>Cast Dot</source>
        <translation>Poser une gommette</translation>
    </message>
    <message>
        <source>Hide Dots</source>
        <translation>Masquer les gommettes</translation>
    </message>
    <message>
        <source>Reveal Dots</source>
        <translation>Révéler les gommettes</translation>
    </message>
    <message>
        <source>Close Vote</source>
        <translation>Clôturer le vote</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajout d’une note</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Cards</source>
        <translation>
            <numerusform>Suppression de %Ln fiche</numerusform>
            <numerusform>Suppression de %Ln fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Card</source>
        <translation>Ajout d’une fiche</translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln Cards</source>
        <translation>
            <numerusform>Collage de %Ln fiche</numerusform>
            <numerusform>Collage de %Ln fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste Card</source>
        <translation>Collage d’une fiche</translation>
    </message>
    <message>
        <source>Move Card</source>
        <translation>Déplacement de la fiche</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln Cards</source>
        <translation>
            <numerusform>Déplacement de %Ln fiche</numerusform>
            <numerusform>Déplacement de %Ln fiches</numerusform>
        </translation>
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
        <source>Duplicate Stage</source>
        <translation>Duplication de l’étape</translation>
    </message>
    <message>
        <source>Duplicate Lane</source>
        <translation>Duplication du couloir</translation>
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
    <message>
        <source>Rename Stage</source>
        <translation>Renommage de l’étape</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>Renommage du couloir</translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation>Renommage du persona</translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation>Repli du couloir</translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation>Dépliage du couloir</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Ajout d’un commentaire</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Modification du commentaire</translation>
    </message>
    <message>
        <source>Resolve Comment</source>
        <translation>Résolution du commentaire</translation>
    </message>
    <message>
        <source>Reopen Comment</source>
        <translation>Réouverture du commentaire</translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation>Suppression du commentaire</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Restauration d’une version</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message numerus="yes">
        <source>you have placed all your %Ln dots</source>
        <translation>
            <numerusform>vous avez posé votre %Ln gommette</numerusform>
            <numerusform>vous avez posé vos %Ln gommettes</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Edit</source>
        <translation>Modification à distance</translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>No open comments.</source>
        <translation>Aucun commentaire ouvert.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation>Couloir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Fiche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comment on the selected card, stage or lane…</source>
        <translation>Commenter la fiche, l’étape ou le couloir sélectionné…</translation>
    </message>
    <message>
        <source>This map is open read-only: save a copy to edit it.</source>
        <translation>Cette carte est ouverte en lecture seule&#xa0;: enregistrez-en une copie pour la modifier.</translation>
    </message>
    <message>
        <source>Select a card, a stage or a lane to comment on it.</source>
        <translation>Sélectionnez une fiche, une étape ou un couloir pour le commenter.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Map changed: %1</source>
        <translation>Carte modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 — ajout&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 removed: %2</source>
        <translation>%1 — suppression&#xa0;: %2</translation>
    </message>
    <message>
        <source>moved from place %1 to %2</source>
        <translation>déplacement de la place %1 à la place %2</translation>
    </message>
    <message>
        <source>%1 renamed</source>
        <translation>%1 — renommage</translation>
    </message>
    <message>
        <source>%1 moved from place %2 to %3</source>
        <translation>%1 — déplacement de la place %2 à la place %3</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 — modification</translation>
    </message>
    <message>
        <source>%1 added in %2</source>
        <translation>%1 — ajout dans %2</translation>
    </message>
    <message>
        <source>%1 removed from %2</source>
        <translation>%1 — suppression dans %2</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 — déplacement de %2 vers %3</translation>
    </message>
    <message>
        <source>%1 moved within %2</source>
        <translation>%1 — déplacement dans %2</translation>
    </message>
    <message>
        <source>%1 edited in %2</source>
        <translation>%1 — texte modifié dans %2</translation>
    </message>
    <message>
        <source>%1 changed in %2</source>
        <translation>%1 — modification dans %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what changed: how</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Emotion point added: %1: %2</source>
        <translation>Point d’émotion — ajout&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Emotion point removed: %1: %2</source>
        <translation>Point d’émotion — suppression&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Emotion point changed: %1: %2</source>
        <translation>Point d’émotion — modification&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3 changed both ways (%4 / %5): ours kept</source>
        <translation>%1 %2&#xa0;: %3 modifié des deux côtés (%4 / %5)&#xa0;: notre version est gardée</translation>
    </message>
    <message>
        <source>%1 %2: edited on our side, deleted on theirs: kept</source>
        <translation>%1 %2&#xa0;: modifié chez nous, supprimé chez eux&#xa0;: gardé</translation>
    </message>
    <message>
        <source>%1 %2: edited on their side, deleted on ours: kept</source>
        <translation>%1 %2&#xa0;: modifié chez eux, supprimé chez nous&#xa0;: gardé</translation>
    </message>
    <message>
        <source>%1 %2: added differently on both sides: ours kept</source>
        <translation>%1 %2&#xa0;: ajouté différemment des deux côtés&#xa0;: notre version est gardée</translation>
    </message>
    <message>
        <source>%1 %2: reordered on both sides: our order kept</source>
        <translation>%1 %2&#xa0;: réordonné des deux côtés&#xa0;: notre ordre est gardé</translation>
    </message>
    <message>
        <source>%1 %2: deleted on one side, but the other side put content in it: kept</source>
        <translation>%1 %2&#xa0;: supprimé d’un côté, mais l’autre côté y a ajouté du contenu&#xa0;: gardé</translation>
    </message>
    <message>
        <source>%1 %2: its kind no longer fitted what the other side put in it: changed to fit</source>
        <translation>%1 %2&#xa0;: son type ne convenait plus à ce que l’autre côté y a mis&#xa0;: type adapté</translation>
    </message>
    <message>
        <source>Emotion point %1: set on both sides: ours kept</source>
        <translation>Point d’émotion %1&#xa0;: posé des deux côtés&#xa0;: le nôtre est gardé</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Emotion point</source>
        <translation>Point d’émotion</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Dot</source>
        <translation>Gommette</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a quoted text</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>this change needs &quot;%1&quot;, which is not in your map: take that change first</source>
        <translation>ce changement a besoin de «&#xa0;%1&#xa0;», qui n’est pas dans votre carte&#xa0;: prenez d’abord ce changement-là</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Journey maps (*.journey.json *.json);;All files (*)</source>
        <translation>Cartes de parcours (*.journey.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Comparing with your map…</source>
        <translation>Comparaison avec votre carte…</translation>
    </message>
    <message>
        <source>Comparing with %1 was cancelled: your map is unchanged.</source>
        <translation>La comparaison avec %1 a été annulée : votre carte est inchangée.</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>Compare With Previous Version</source>
        <translation>Comparer avec une version précédente</translation>
    </message>
    <message>
        <source>No previous versions of this map have been kept yet (one is kept at each save).</source>
        <translation>Aucune version précédente de cette carte n’a encore été gardée (une est gardée à chaque enregistrement).</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>the version saved over at %1</source>
        <translation>la version remplacée le %1</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Prendre</translation>
    </message>
    <message>
        <source>Make the chosen changes in your map (one undo step)</source>
        <translation>Faire les changements choisis dans votre carte (une seule étape d’annulation)</translation>
    </message>
    <message>
        <source>Take &amp;All</source>
        <translation>Tout p&amp;rendre</translation>
    </message>
    <message>
        <source>Make your map that version (one undo step)</source>
        <translation>Faire de votre carte cette version (une seule étape d’annulation)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Your map compared with %1</source>
        <translation>Votre carte comparée avec %1</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Les deux versions sont identiques.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s): %1 added, %2 removed, %3 changed or moved</source>
        <translation>
            <numerusform>%Ln différence (ajouts&#xa0;: %1, suppressions&#xa0;: %2, modifications ou déplacements&#xa0;: %3)</numerusform>
            <numerusform>%Ln différences (ajouts&#xa0;: %1, suppressions&#xa0;: %2, modifications ou déplacements&#xa0;: %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Take %Ln</source>
        <translation>
            <numerusform>&amp;Prendre %Ln</numerusform>
            <numerusform>&amp;Prendre %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on your map: Take adds it.</source>
        <translation>Absent de votre carte&#xa0;: Prendre l’ajoute.</translation>
    </message>
    <message numerus="yes">
        <source>Take %Ln Changes</source>
        <translation>
            <numerusform>Prendre %Ln changement</numerusform>
            <numerusform>Prendre %Ln changements</numerusform>
        </translation>
    </message>
    <message>
        <source>Take Change</source>
        <translation>Prendre le changement</translation>
    </message>
    <message>
        <source>Take All Changes</source>
        <translation>Prendre tous les changements</translation>
    </message>
</context>
<context>
    <name>DiskWatcher</name>
    <message>
        <source>File Deleted or Moved</source>
        <translation>Fichier supprimé ou déplacé</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program. Your map is still open: save it to keep it.</source>
        <translation>%1 a été supprimé ou déplacé par un autre programme. Votre carte reste ouverte&#xa0;: enregistrez-la pour la conserver.</translation>
    </message>
    <message>
        <source>Reloading Map</source>
        <translation>Rechargement de la carte</translation>
    </message>
    <message>
        <source>Reloading %1…</source>
        <translation>Rechargement de %1…</translation>
    </message>
    <message>
        <source>Reloading %1 was cancelled: your map is unchanged.</source>
        <translation>Le rechargement de %1 a été annulé&#xa0;: votre carte n’a pas changé.</translation>
    </message>
    <message>
        <source>Comparing with your map…</source>
        <translation>Comparaison avec votre carte…</translation>
    </message>
    <message>
        <source>Updating the map…</source>
        <translation>Mise à jour de la carte…</translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation>Rechargement impossible</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2), so your version stays open.</source>
        <translation>Impossible de lire %1 (%2)&#xa0;: votre version reste ouverte.</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <source>it is open in another MapStudio window</source>
        <translation>elle est ouverte dans une autre fenêtre de MapStudio</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>there is no &quot;%1&quot; in this map</source>
        <translation>cette carte ne contient pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>only cards can be moved between cells</source>
        <translation>seules les fiches se déplacent d’une cellule à l’autre</translation>
    </message>
    <message>
        <source>an emotions lane holds a curve, not cards</source>
        <translation>un couloir d’émotions contient une courbe, pas des fiches</translation>
    </message>
    <message>
        <source>there is no &quot;%1&quot; to move</source>
        <translation>il n’y a pas de «&#xa0;%1&#xa0;» à déplacer</translation>
    </message>
    <message>
        <source>metric values go in a metrics lane</source>
        <translation>les valeurs d’indicateur vont dans un couloir d’indicateurs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être renommé</translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation>un nom ne peut pas être vide</translation>
    </message>
    <message>
        <source>only a card, a stage or a lane can be commented</source>
        <translation>seuls une fiche, une étape ou un couloir peuvent être commentés</translation>
    </message>
    <message>
        <source>a comment cannot be empty</source>
        <translation>un commentaire ne peut pas être vide</translation>
    </message>
    <message>
        <source>there is no comment &quot;%1&quot;</source>
        <translation>il n’y a pas de commentaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a participant needs a name</source>
        <translation>un participant doit avoir un nom</translation>
    </message>
    <message>
        <source>a vote is already open: close it before starting another</source>
        <translation>un vote est déjà ouvert&#xa0;: clôturez-le avant d’en lancer un autre</translation>
    </message>
    <message>
        <source>an emotions lane holds no cards to vote on</source>
        <translation>un couloir d’émotions ne contient pas de fiches sur lesquelles voter</translation>
    </message>
    <message>
        <source>choose at least one lane to vote on</source>
        <translation>choisissez au moins un couloir sur lequel voter</translation>
    </message>
    <message>
        <source>each participant gets from 1 to 99 dots</source>
        <translation>chaque participant reçoit de 1 à 99 gommettes</translation>
    </message>
    <message>
        <source>a vote takes at most 99 participants</source>
        <translation>un vote compte au plus 99 participants</translation>
    </message>
    <message>
        <source>a vote needs at least one participant</source>
        <translation>un vote a besoin d’au moins un participant</translation>
    </message>
    <message>
        <source>this vote is closed</source>
        <translation>ce vote est clôturé</translation>
    </message>
    <message>
        <source>choose a participant of this vote first</source>
        <translation>choisissez d’abord un participant de ce vote</translation>
    </message>
    <message>
        <source>dots go on cards</source>
        <translation>les gommettes se posent sur des fiches</translation>
    </message>
    <message>
        <source>this card is not in the vote: its lane was not chosen</source>
        <translation>cette fiche ne fait pas partie du vote&#xa0;: son couloir n’a pas été choisi</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no dots left (%Ln each)</source>
        <translation>
            <numerusform>%1 n’a plus de gommette (%Ln par participant)</numerusform>
            <numerusform>%1 n’a plus de gommette (%Ln par participant)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no dot on this card</source>
        <translation>%1 n’a pas de gommette sur cette fiche</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>une note doit contenir du texte</translation>
    </message>
    <message>
        <source>there is no participant &quot;%1&quot;</source>
        <translation>il n’y a pas de participant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>a metric&apos;s figure starts with a number, as in &quot;42 / 50 pts ▲&quot;</source>
        <translation>le chiffre d’un indicateur commence par un nombre, comme dans «&#xa0;42 / 50 pts ▲&#xa0;»</translation>
    </message>
    <message>
        <source>a metric needs its name on one line and its figure on the next</source>
        <translation>un indicateur demande son nom sur une ligne et son chiffre sur la suivante</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>This map is open read-only: save a copy to edit it.</source>
        <translation>Cette carte est ouverte en lecture seule&#xa0;: enregistrez-en une copie pour la modifier.</translation>
    </message>
    <message>
        <source>Select one or more cards to copy.</source>
        <translation>Sélectionnez une ou plusieurs fiches à copier.</translation>
    </message>
    <message>
        <source>Select one or more cards to cut.</source>
        <translation>Sélectionnez une ou plusieurs fiches à couper.</translation>
    </message>
    <message>
        <source>Select one or more cards, or a stage or lane, to duplicate.</source>
        <translation>Sélectionnez une ou plusieurs fiches, ou une étape ou un couloir, à dupliquer.</translation>
    </message>
    <message>
        <source>Copy as Image is not available in this version.</source>
        <translation>La copie comme image n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>The map is on the clipboard as an image.</source>
        <translation>La carte est dans le presse-papiers sous forme d’image.</translation>
    </message>
    <message>
        <source>Click a cell of the map first, then add a card.</source>
        <translation>Cliquez d’abord sur une case de la carte, puis ajoutez une fiche.</translation>
    </message>
    <message>
        <source>The map is laid out as a service blueprint already.</source>
        <translation>La carte est déjà disposée en service blueprint.</translation>
    </message>
    <message numerus="yes">
        <source>Laid out as a service blueprint; %Ln lane(s) added.</source>
        <translation>
            <numerusform>Disposée en service blueprint ; %Ln couloir ajouté.</numerusform>
            <numerusform>Disposée en service blueprint ; %Ln couloirs ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Laid out as a service blueprint.</source>
        <translation>Disposée en service blueprint.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside MapStudio: %1</source>
        <translation>Une erreur interne s’est produite dans MapStudio&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The unsaved changes of your maps (%Ln) were copied to the recovery folder.</source>
        <translation>
            <numerusform>Les modifications non enregistrées de votre carte (%Ln) ont été copiées dans le dossier de récupération.</numerusform>
            <numerusform>Les modifications non enregistrées de vos cartes (%Ln) ont été copiées dans le dossier de récupération.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can keep working; saving your maps now is a good idea.</source>
        <translation>Vous pouvez continuer à travailler&#xa0;; il est conseillé d’enregistrer vos cartes maintenant.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>too many rows for %1 (at most %2): the map would be too large</source>
        <translation>trop de lignes pour %1 (au plus %2)&#xa0;: la carte serait trop grande</translation>
    </message>
    <message>
        <source>the file has more than %1 rows, more than a map can hold</source>
        <translation>le fichier a plus de %1 lignes, plus qu’une carte ne peut en contenir</translation>
    </message>
    <message>
        <source>this is not a CSV file a map can come from (%1)</source>
        <translation>ce n’est pas un fichier CSV dont on peut tirer une carte (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>MapStudio cannot use &quot;%1&quot; files here (use %2)</source>
        <translation>MapStudio ne peut pas utiliser les fichiers «&#xa0;%1&#xa0;» ici (utilisez %2)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, more than a map can hold</source>
        <translation>le fichier dépasse %1 Mo, plus qu’une carte ne peut en contenir</translation>
    </message>
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
            <numerusform>%Ln fiche ajoutée</numerusform>
            <numerusform>%Ln fiches ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) changed</source>
        <translation>
            <numerusform>%Ln fiche modifiée</numerusform>
            <numerusform>%Ln fiches modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) removed</source>
        <translation>
            <numerusform>%Ln fiche supprimée</numerusform>
            <numerusform>%Ln fiches supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>removed: %1 &quot;%2&quot;</source>
        <translation>supprimée&#xa0;: %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the sheet is empty</source>
        <translation>%1&#xa0;: la feuille est vide</translation>
    </message>
    <message>
        <source>this column has notes but no stage name in its first row</source>
        <translation>cette colonne a des notes mais pas de nom d’étape sur sa première ligne</translation>
    </message>
    <message>
        <source>%1: the first row should name the stages (B1, C1...)</source>
        <translation>%1&#xa0;: la première ligne doit nommer les étapes (B1, C1…)</translation>
    </message>
    <message>
        <source>this row has notes but no lane title in its first column</source>
        <translation>cette ligne a des notes mais pas de titre de couloir dans sa première colonne</translation>
    </message>
    <message>
        <source>two scores for one persona in one stage</source>
        <translation>deux notes pour un même persona dans une même étape</translation>
    </message>
    <message>
        <source>a note of more than 20,000 characters</source>
        <translation>une note de plus de 20&#xa0;000 caractères</translation>
    </message>
    <message>
        <source>an emotion is a score, with a persona before it: &quot;Camille: -1 Worried&quot;</source>
        <translation>une émotion est une note, précédée d’un persona&#xa0;: «&#xa0;Camille&#xa0;: -1 Inquiète&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is on none of the emotion scales (-2..+2, -3..+3, 1..5, 0..5)</source>
        <translation>%1 n’est sur aucune des échelles d’émotion (-2..+2, -3..+3, 1..5, 0..5)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Replié</translation>
    </message>
    <message>
        <source>Hidden in export</source>
        <translation>Masqué à l’export</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <source>Dots each</source>
        <translation>Gommettes par personne</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Text alternative</source>
        <translation>Texte de remplacement</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>there is no mermaid journey diagram in this file</source>
        <translation>ce fichier ne contient pas de diagramme mermaid journey</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>a Mermaid journey starts with the word &quot;journey&quot;</source>
        <translation>un parcours Mermaid commence par le mot «&#xa0;journey&#xa0;»</translation>
    </message>
    <message>
        <source>a task is written &quot;Task name: score: actors&quot;, as in &quot;Make tea: 5: Me&quot;</source>
        <translation>une tâche s’écrit «&#xa0;Nom de la tâche: note: acteurs&#xa0;», comme «&#xa0;Faire le thé: 5: Moi&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score: a task&apos;s score is a whole number from 1 to 5</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une note&#xa0;: la note d’une tâche est un nombre entier de 1 à 5</translation>
    </message>
    <message>
        <source>%1 is outside the journey&apos;s scores (1 to 5)</source>
        <translation>%1 est en dehors des notes du parcours (1 à 5)</translation>
    </message>
    <message>
        <source>the journey has no section and no task</source>
        <translation>le parcours n’a ni section ni tâche</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>%1: there is no &quot;%2&quot; column</source>
        <translation>%1&#xa0;: il n’y a pas de colonne «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: columns ignored (not map fields): %2</source>
        <translation>%1&#xa0;: colonnes ignorées (pas des champs de la carte)&#xa0;: %2</translation>
    </message>
    <message>
        <source>this cell should hold JSON data</source>
        <translation>cette cellule devrait contenir des données JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni oui ni non</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’une des valeurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>more than %1 characters, which a spreadsheet cell cannot hold</source>
        <translation>plus de %1 caractères, ce qu’une cellule de tableur ne peut pas contenir</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (%1)</source>
        <translation>ce n’est pas un classeur Excel (%1)</translation>
    </message>
    <message>
        <source>%1: the sheet is too large for a map (at most %2 rows and %3 columns are read)</source>
        <translation>%1&#xa0;: la feuille est trop grande pour une carte (au plus %2 lignes et %3 colonnes sont lues)</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx): the file is damaged or of another kind</source>
        <translation>ce n’est pas un classeur Excel (.xlsx)&#xa0;: le fichier est abîmé ou d’un autre type</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than %1 GB, too large for a map</source>
        <translation>le classeur décompressé dépasse %1 Go, trop pour une carte</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>le classeur n’a aucune feuille</translation>
    </message>
    <message>
        <source>this row does not say what it is on</source>
        <translation>cette ligne ne dit pas à quoi elle se rapporte</translation>
    </message>
    <message>
        <source>there is nothing with the id &quot;%1&quot;</source>
        <translation>rien n’a l’id «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a %1 cannot be put on %2</source>
        <translation>%1&#xa0;: impossible de l’attacher à %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>overlap</source>
        <translation>chevauchement</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>marge</translation>
    </message>
    <message>
        <source>cannot write %1 (%2).</source>
        <translation>impossible d’écrire %1 (%2).</translation>
    </message>
    <message>
        <source>The resolution must be between 10 and 1200 dpi.</source>
        <translation>La résolution doit être comprise entre 10 et 1200 ppp.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>Le dossier %1 n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>Unknown output type &quot;%1&quot;: use .pdf, .png, .svg, .xlsx, .csv, .mmd or .md.</source>
        <translation>Type de sortie inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez .pdf, .png, .svg, .xlsx, .csv, .mmd ou .md.</translation>
    </message>
    <message>
        <source>for readable text, add %1</source>
        <translation>pour un texte lisible, ajoutez %1</translation>
    </message>
    <message>
        <source>wrote %1: %2 page(s) of %3, smallest text %4 pt</source>
        <translation>%1 écrit&#xa0;: %2 page(s) au format %3, plus petit texte %4 pt</translation>
    </message>
    <message>
        <source>page 1: assembly plan, pages 2–%1: sheets 1–%2</source>
        <translation>page 1&#xa0;: plan d’assemblage, pages 2–%1&#xa0;: feuilles 1–%2</translation>
    </message>
    <message>
        <source>page 1: assembly plan, page 2: sheet 1</source>
        <translation>page 1&#xa0;: plan d’assemblage, page 2&#xa0;: feuille 1</translation>
    </message>
    <message>
        <source>This installation cannot draw images; export a PDF instead.</source>
        <translation>Cette installation ne peut pas produire d’images&#xa0;; exportez plutôt un PDF.</translation>
    </message>
    <message>
        <source>wrote %1 (%2 x %3)</source>
        <translation>%1 écrit (%2 × %3)</translation>
    </message>
    <message>
        <source>cannot read %1 (%2).</source>
        <translation>impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <source>At %1 dpi the image would be at least %2 x %3 pixels, too large for one image: choose %4 dpi or less, or export a PDF poster.</source>
        <translation>À %1 ppp, l’image ferait au moins %2 × %3 pixels, trop pour une seule image&#xa0;: choisissez %4 ppp ou moins, ou exportez une affiche PDF.</translation>
    </message>
    <message>
        <source>Customer journey map made with MapStudio</source>
        <translation>Carte du parcours client réalisée avec MapStudio</translation>
    </message>
    <message>
        <source>Unknown orientation &quot;%1&quot;: use portrait or landscape.</source>
        <extracomment>Portrait width x height in points.</extracomment>
        <translation>Orientation «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez portrait ou landscape (paysage).</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>paysage</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <source>The paper size &quot;%1&quot; is out of range (1 to 200 inches a side).</source>
        <translation>Le format de papier «&#xa0;%1&#xa0;» est hors limites (de 1 à 200 pouces de côté).</translation>
    </message>
    <message>
        <source>Unknown paper &quot;%1&quot;: use A0-A4, Letter, Legal, Tabloid, ARCH D, ARCH E or a size such as 500x700mm.</source>
        <translation>Papier «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez A0-A4, Letter, Legal, Tabloid, ARCH D, ARCH E ou une taille comme 500x700mm.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a length: write it like 10mm, 1cm, 0.5in or 12pt.</source>
        <translation>La valeur «&#xa0;%2&#xa0;» (%1) n’est pas une longueur&#xa0;: écrivez-la comme 10mm, 1cm, 0.5in ou 12pt.</translation>
    </message>
    <message>
        <source>Persona &quot;%1&quot; does not fit in the header of the lane &quot;%2&quot;: the legend names it whole.</source>
        <translation>Le persona « %1 » ne tient pas dans l’en-tête du couloir « %2 » : la légende le nomme en entier.</translation>
    </message>
    <message>
        <source>%1 % of the paper is used</source>
        <translation>%1 % du papier est utilisé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sheet(s) nearly blank: %1</source>
        <translation>
            <numerusform>%Ln feuille presque vide&#xa0;: %1</numerusform>
            <numerusform>%Ln feuilles presque vides&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The smallest text is %1 pt, too small to read. Tiled with text of at least %2 pt, the poster takes %3.</source>
        <translation>Le plus petit texte mesure %1 pt, trop petit pour être lu. Réparti sur plusieurs feuilles avec un texte d’au moins %2 pt, l’affiche prend %3.</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; (%2 / %3) is too long to print whole: it ends with &quot;…&quot;.</source>
        <translation>La fiche «&#xa0;%1&#xa0;» (%2 / %3) est trop longue pour être imprimée en entier&#xa0;: elle se termine par «&#xa0;…&#xa0;».</translation>
    </message>
    <message>
        <source>Customer journey map</source>
        <translation>Carte du parcours client</translation>
    </message>
    <message>
        <source>Whole map on one sheet</source>
        <translation>Carte entière sur une feuille</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3 · %4 · scale %5 % · smallest text %6 pt</source>
        <translation>%1 · page %2 sur %3 · %4 · échelle %5&#xa0;% · plus petit texte %6 pt</translation>
    </message>
    <message>
        <source>Assembly plan</source>
        <translation>Plan d’assemblage</translation>
    </message>
    <message>
        <source>%1 in %2 · scale %3 % · smallest card text %4 pt.</source>
        <translation>%1 en %2 · échelle %3&#xa0;% · plus petit texte de fiche %4 pt.</translation>
    </message>
    <message>
        <source>Neighbouring sheets share a %1 mm band. Trim each sheet at its ✂ marks and lay it over its left and upper neighbours.</source>
        <translation>Les feuilles voisines partagent une bande de %1 mm. Coupez chaque feuille à ses repères ✂ et posez-la sur ses voisines de gauche et du dessus.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sheet(s) of %1</source>
        <translation>
            <numerusform>%Ln feuille %1</numerusform>
            <numerusform>%Ln feuilles %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln rangée</numerusform>
            <numerusform>%Ln rangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln colonne</numerusform>
            <numerusform>%Ln colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1 of %2 · row %3, column %4</source>
        <translation>Feuille %1 sur %2 · rangée %3, colonne %4</translation>
    </message>
    <message>
        <source>The scale must be a number above 0.</source>
        <translation>L’échelle doit être un nombre supérieur à 0.</translation>
    </message>
    <message>
        <source>The smallest text size must be between 0 and 200 pt.</source>
        <translation>La plus petite taille de texte doit être comprise entre 0 et 200 pt.</translation>
    </message>
    <message>
        <source>Margins and overlap cannot be negative.</source>
        <translation>Les marges et le chevauchement ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>--paper sets the size of a tiled poster: give it, or --scale or --min-text, not both.</source>
        <translation>--paper fixe la taille d’une affiche répartie sur plusieurs feuilles : donnez-la, ou --scale ou --min-text, pas les deux.</translation>
    </message>
    <message>
        <source>The margins leave too little room on %1.</source>
        <translation>Les marges laissent trop peu de place sur %1.</translation>
    </message>
    <message>
        <source>That would print %1 sheets; choose a smaller scale or larger paper.</source>
        <translation>Cela imprimerait %1 feuilles&#xa0;; choisissez une échelle plus petite ou un papier plus grand.</translation>
    </message>
    <message>
        <source>The overlap must be less than half a sheet.</source>
        <translation>Le chevauchement doit être inférieur à une demi-feuille.</translation>
    </message>
    <message>
        <source>The map&apos;s title is too long to print whole: it ends with &quot;…&quot;.</source>
        <translation>Le titre de la carte est trop long pour être imprimé en entier : il se termine par « … ».</translation>
    </message>
    <message>
        <source>The map&apos;s description is too long to print whole: it ends with &quot;…&quot; after %1 lines.</source>
        <translation>La description de la carte est trop longue pour être imprimée en entier : elle se termine par « … » après %1 lignes.</translation>
    </message>
    <message>
        <source>Persona &quot;%1&quot; is too long to print whole in the title block: it ends with &quot;…&quot;.</source>
        <translation>Le persona « %1 » est trop long pour être imprimé en entier dans le cartouche : il se termine par « … ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the title block is too long to print whole: it ends with &quot;…&quot;.</source>
        <translation>« %1 » est trop long pour être imprimé en entier dans le cartouche : il se termine par « … ».</translation>
    </message>
    <message>
        <source>The legend entry &quot;%1&quot; is too long to print whole.</source>
        <translation>L’entrée de légende « %1 » est trop longue pour être imprimée en entier.</translation>
    </message>
    <message>
        <source>The stage name &quot;%1&quot; is too long to print whole: it ends with &quot;…&quot;.</source>
        <translation>Le nom d’étape « %1 » est trop long pour être imprimé en entier : il se termine par « … ».</translation>
    </message>
    <message>
        <source>The lane title &quot;%1&quot; is too long to print whole: it ends with &quot;…&quot;.</source>
        <translation>Le titre de couloir « %1 » est trop long pour être imprimé en entier : il se termine par « … ».</translation>
    </message>
    <message>
        <source>The emotion label &quot;%1&quot; is too long to print whole.</source>
        <translation>L’étiquette d’émotion « %1 » est trop longue pour être imprimée en entier.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Map</source>
        <extracomment>The formats that write the map&apos;s data rather than a picture of it.</extracomment>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>PDF poster (vector, for print)</source>
        <translation>Affiche PDF (vectorielle, pour l’impression)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG image (vector)</source>
        <translation>Image SVG (vectorielle)</translation>
    </message>
    <message>
        <source>Mermaid journey diagram</source>
        <translation>Diagramme Mermaid journey</translation>
    </message>
    <message>
        <source>Excel workbook (all the data)</source>
        <translation>Classeur Excel (toutes les données)</translation>
    </message>
    <message>
        <source>CSV (one card per row)</source>
        <translation>CSV (une fiche par ligne)</translation>
    </message>
    <message>
        <source>Markdown (documents, wikis)</source>
        <translation>Markdown (documents, wikis)</translation>
    </message>
    <message>
        <source>Byte-order mark (for Excel)</source>
        <translation>Marque d’ordre des octets (pour Excel)</translation>
    </message>
    <message>
        <source>Excel then reads accented letters right when it opens the file</source>
        <translation>Excel lit alors correctement les lettres accentuées à l’ouverture du fichier</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Fit the whole map on one sheet</source>
        <translation>Toute la carte sur une feuille</translation>
    </message>
    <message>
        <source>Print larger, over several sheets</source>
        <translation>Imprimer en plus grand, sur plusieurs feuilles</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Smallest card text at least</source>
        <translation>Plus petit texte de fiche d’au moins</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>The size of each sheet printed: a paper name, or a size such as 500x700mm or 24x36in</source>
        <translation>La taille de chaque feuille imprimée&#xa0;: un nom de papier, ou une taille comme 500x700mm ou 24x36in</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Format du papier&#xa0;:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Marges&#xa0;:</translation>
    </message>
    <message>
        <source>Add a page of insights</source>
        <translation>Ajouter une page d’enseignements</translation>
    </message>
    <message>
        <source>Friction heat, emotion low points, priorities, evidence and channels</source>
        <translation>Chaleur des frictions, points bas de l’émotion, priorités, preuves et canaux</translation>
    </message>
    <message>
        <source>Print open comments as numbered notes</source>
        <translation>Imprimer les commentaires ouverts en notes numérotées</translation>
    </message>
    <message>
        <source>Numbers on the commented cards and headers, the notes on pages after the map</source>
        <translation>Des numéros sur les fiches et en-têtes commentés, les notes sur des pages après la carte</translation>
    </message>
    <message>
        <source>Size on paper</source>
        <translation>Taille sur le papier</translation>
    </message>
    <message>
        <source>Overlap between sheets:</source>
        <translation>Chevauchement entre feuilles&#xa0;:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Tile for Readable Text</source>
        <translation>Répartir pour un texte lisible</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln text(s) too long to print whole:</source>
        <translation>
            <numerusform>%Ln texte est trop long pour être imprimé en entier&#xa0;:</numerusform>
            <numerusform>%Ln textes sont trop longs pour être imprimés en entier&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sheet(s) of %1</source>
        <translation>
            <numerusform>%Ln feuille %1</numerusform>
            <numerusform>%Ln feuilles %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln rangée</numerusform>
            <numerusform>%Ln rangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln colonne</numerusform>
            <numerusform>%Ln colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) and an assembly page.</source>
        <translation>%1 (%2) et une page d’assemblage.</translation>
    </message>
    <message>
        <source>A Map worksheet laid out as the map, then one worksheet per kind of object (cards, stages, lanes, personas, emotions, metrics...) with every field and id: edit it and import it back with File &gt; Import.</source>
        <translation>Une feuille de calcul Carte disposée comme la carte, puis une feuille de calcul par type d’objet (fiches, étapes, couloirs, personas, émotions, indicateurs…) avec chaque champ et identifiant&#xa0;: modifiez-le et réimportez-le avec Fichier &gt; Importer.</translation>
    </message>
    <message>
        <source>One sheet of %1.</source>
        <translation>Une feuille %1.</translation>
    </message>
    <message>
        <source>Scale %1 %; smallest card text %2 pt.</source>
        <translation>Échelle %1&#xa0;%&#xa0;; plus petit texte de fiche %2 pt.</translation>
    </message>
    <message>
        <source>One card per row with every field and its id (UTF-8): edit it and import it back into this map with File &gt; Import.</source>
        <translation>Une fiche par ligne avec chaque champ et son id (UTF-8)&#xa0;: modifiez-le et réimportez-le dans cette carte avec Fichier &gt; Importer.</translation>
    </message>
    <message>
        <source>The stages as sections, the actions as tasks, each persona&apos;s score per stage on the 1 to 5 scale.</source>
        <translation>Les étapes en sections, les actions en tâches, la note de chaque persona par étape sur l’échelle de 1 à 5.</translation>
    </message>
    <message>
        <source>The title, the personas, each stage with its lanes&apos; cards, an emotion table per persona and the journey as a Mermaid diagram.</source>
        <translation>Le titre, les personas, chaque étape avec les fiches de ses couloirs, un tableau des émotions par persona et le parcours en diagramme Mermaid.</translation>
    </message>
    <message>
        <source>A vector image of the whole map.</source>
        <translation>Une image vectorielle de toute la carte.</translation>
    </message>
    <message>
        <source>About %1 × %2 pixels.</source>
        <translation>Environ %1 × %2 pixels.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mermaid diagrams (*.mmd)</source>
        <translation>Diagrammes Mermaid (*.mmd)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>This template cannot be used: %1</source>
        <translation>Ce modèle est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open Map</source>
        <translation>Ouvrir une carte</translation>
    </message>
    <message>
        <source>Journey maps (*.journey.json *.json);;All files (*)</source>
        <translation>Cartes de parcours (*.journey.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Ouverture de %1 annulée.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opening Map</source>
        <translation>Ouverture de la carte</translation>
    </message>
    <message>
        <source>Laying out the map…</source>
        <translation>Mise en page de la carte…</translation>
    </message>
    <message>
        <source>Save Map As</source>
        <translation>Enregistrer la carte sous</translation>
    </message>
    <message>
        <source>Journey maps (*.journey.json)</source>
        <translation>Cartes de parcours (*.journey.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Enregistrer les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Export is not available in this version.</source>
        <translation>L’export n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>Imprimer la carte</translation>
    </message>
    <message>
        <source>The map could not be printed: %1</source>
        <translation>La carte n’a pas pu être imprimée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Printed %Ln page(s).</source>
        <translation>
            <numerusform>%Ln page imprimée.</numerusform>
            <numerusform>%Ln pages imprimées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileFormatDialog</name>
    <message>
        <source>MapStudio File Format</source>
        <translation>Format de fichier de MapStudio</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>This map has no file yet: use Save As.</source>
        <translation>Cette carte n’a pas encore de fichier&#xa0;: utilisez Enregistrer sous.</translation>
    </message>
    <message>
        <source>This map is open read-only (%1), so it cannot be saved over its file: use Save As.</source>
        <translation>Cette carte est ouverte en lecture seule (%1)&#xa0;: elle ne peut pas remplacer son fichier. Utilisez Enregistrer sous.</translation>
    </message>
    <message>
        <source>%1 was changed by another program since you opened it.</source>
        <translation>%1 a été modifié par un autre programme depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>%1 had other hard links: they still hold the previous version. MapStudio saves by replacing the file, so a crash never leaves it half-written.</source>
        <translation>%1 avait d’autres liens physiques&#xa0;: ils gardent la version précédente. MapStudio enregistre en remplaçant le fichier, pour qu’un plantage ne le laisse jamais à moitié écrit.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>%1 was saved, but its previous version could not be kept (%2), so File &gt; Restore Previous Version will not offer it.</source>
        <translation>%1 a été enregistré, mais sa version précédente n’a pas pu être conservée (%2)&#xa0;: Fichier &gt; Restaurer une version précédente ne la proposera pas.</translation>
    </message>
    <message>
        <source>Could not save %1: the file is read-only. Use Save As to save a copy.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: le fichier est en lecture seule. Utilisez Enregistrer sous pour en enregistrer une copie.</translation>
    </message>
    <message>
        <source>Could not save %1: it is not a regular file (a device, a pipe or a folder).</source>
        <translation>Impossible d’enregistrer %1&#xa0;: ce n’est pas un fichier ordinaire (un périphérique, un tube ou un dossier).</translation>
    </message>
    <message>
        <source>Could not save %1: the disk is full. Free some space or use Save As elsewhere.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: le disque est plein. Libérez de l’espace ou utilisez Enregistrer sous vers un autre emplacement.</translation>
    </message>
    <message>
        <source>Could not save %1: permission denied. Use Save As to save it elsewhere.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: permission refusée. Utilisez Enregistrer sous pour l’enregistrer ailleurs.</translation>
    </message>
    <message>
        <source>Could not save %1: its folder no longer exists. Use Save As.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: son dossier n’existe plus. Utilisez Enregistrer sous.</translation>
    </message>
    <message>
        <source>Could not save %1: the disk is read-only. Use Save As to save it elsewhere.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: le disque est en lecture seule. Utilisez Enregistrer sous pour l’enregistrer ailleurs.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>ouverte en lecture seule</translation>
    </message>
    <message>
        <source>Newer file format</source>
        <translation>Format de fichier plus récent</translation>
    </message>
    <message>
        <source>Cannot open map</source>
        <translation>Impossible d’ouvrir la carte</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>Overwrite it with your version? The other version is kept in File &gt; Restore Previous Version.</source>
        <translation>Le remplacer par votre version&#xa0;? L’autre version est conservée dans Fichier &gt; Restaurer une version précédente.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <source>Saved, with a warning</source>
        <translation>Enregistré, avec un avertissement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the map</source>
        <translation>Rechercher dans la carte</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Show or hide the replace row</source>
        <translation>Afficher ou masquer la ligne de remplacement</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Remplacer par :</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Texte de remplacement</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace in the current match and go to the next</source>
        <translation>Remplacer dans le résultat courant et passer au suivant</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Tout remplacer</translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation>Remplacer tous les résultats (une seule étape d’annulation)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced in 1 place.</source>
        <translation>Remplacé à 1 endroit.</translation>
    </message>
    <message>
        <source>Replaced in %1 places.</source>
        <translation>Remplacé à %1 endroits.</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Describe the picture for those who cannot see it</source>
        <translation>Décrivez l’image pour qui ne peut pas la voir</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>The picture cannot be shown</source>
        <translation>L’image ne peut pas être affichée</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>the image cannot be read (%1)</source>
        <translation>l’image ne peut pas être lue (%1)</translation>
    </message>
    <message>
        <source>the image file is too large (%1 MB; images are limited to %2 MB)</source>
        <translation>le fichier image est trop volumineux (%1&#xa0;Mo&#xa0;; les images sont limitées à %2&#xa0;Mo)</translation>
    </message>
    <message>
        <source>this file is not an image MapStudio can read (PNG, JPEG, GIF, BMP, WebP)</source>
        <translation>ce fichier n’est pas une image que MapStudio sait lire (PNG, JPEG, GIF, BMP, WebP)</translation>
    </message>
    <message>
        <source>the image is damaged and cannot be read</source>
        <translation>l’image est endommagée et ne peut pas être lue</translation>
    </message>
    <message>
        <source>the image has too many pixels (images are limited to %1 million pixels)</source>
        <translation>l’image a trop de pixels (les images sont limitées à %1 millions de pixels)</translation>
    </message>
    <message>
        <source>this image would make the map too large (maps are limited to %1 MB): remove some images or use smaller ones</source>
        <translation>cette image rendrait la carte trop volumineuse (les cartes sont limitées à %1&#xa0;Mo)&#xa0;: retirez des images ou utilisez-en de plus petites</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import Map</source>
        <translation>Importer une carte</translation>
    </message>
    <message>
        <source>Workbooks, CSV, Mermaid and Markdown (%1);;All files (*)</source>
        <translation>Classeurs, CSV, Mermaid et Markdown (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import %1 as a new map, or into the open map?</source>
        <translation>Importer %1 comme nouvelle carte, ou dans la carte ouverte&#xa0;?</translation>
    </message>
    <message>
        <source>Into the open map, a workbook or CSV file exported from it updates its cards (rows added, changed or removed); a grid or a journey adds to it. One undo step.</source>
        <translation>Dans la carte ouverte, un classeur ou un fichier CSV exporté depuis elle met à jour ses fiches (lignes ajoutées, modifiées ou supprimées)&#xa0;; une grille ou un parcours s’y ajoute. Une seule étape d’annulation.</translation>
    </message>
    <message>
        <source>New Map</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <source>Into Open Map</source>
        <translation>Dans la carte ouverte</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no row for %Ln card(s) of the map: they were removed (Undo brings them back).</source>
        <translation>
            <numerusform>%1 n’a pas de ligne pour %Ln fiche de la carte&#xa0;: elle a été supprimée (Annuler la rétablit).</numerusform>
            <numerusform>%1 n’a pas de ligne pour %Ln fiches de la carte&#xa0;: elles ont été supprimées (Annuler les rétablit).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was imported; some of it was left aside:</source>
        <translation>%1 a été importé&#xa0;; une partie a été laissée de côté&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>not said</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>frictions: %1</source>
        <translation>frictions&#xa0;: %1</translation>
    </message>
    <message>
        <source>impact %1, effort %2, %3 votes</source>
        <translation>impact %1, effort %2, %3 votes</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not rated</source>
        <translation>
            <numerusform>%Ln non évaluée</numerusform>
            <numerusform>%Ln non évaluées</numerusform>
        </translation>
    </message>
    <message>
        <source>online %1, offline %2</source>
        <translation>en ligne %1, hors ligne %2</translation>
    </message>
    <message>
        <source>Content per stage</source>
        <translation>Contenu par étape</translation>
    </message>
    <message>
        <source>Friction heat</source>
        <translation>Chaleur des frictions</translation>
    </message>
    <message>
        <source>Bright spots</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Emotion low points</source>
        <translation>Points bas de l’émotion</translation>
    </message>
    <message>
        <source>Biggest drops</source>
        <translation>Plus fortes chutes</translation>
    </message>
    <message>
        <source>Gap to the target experience</source>
        <translation>Écart avec l’expérience visée</translation>
    </message>
    <message>
        <source>Opportunity priorities</source>
        <translation>Priorités des opportunités</translation>
    </message>
    <message>
        <source>Evidence coverage</source>
        <translation>Part des faits observés</translation>
    </message>
    <message>
        <source>Cards with no source</source>
        <translation>Fiches sans source</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Répartition des canaux</translation>
    </message>
    <message>
        <source>How many items each stage holds in each kind of lane (cards, metric figures, emotion points).</source>
        <translation>Combien d’éléments chaque étape contient dans chaque type de couloir (fiches, indicateurs, points d’émotion).</translation>
    </message>
    <message>
        <source>The frictions of a stage, each counted by its severity: minor 1, major 2, critical 3 (not rated counts as minor).</source>
        <translation>Les frictions d’une étape, chacune comptée selon sa gravité&#xa0;: mineure 1, majeure 2, critique 3 (sans gravité, elle compte comme mineure).</translation>
    </message>
    <message>
        <source>The moments that matter: cards marked as bright spots, what works and must be kept.</source>
        <translation>Les moments qui comptent : les fiches marquées comme points forts, ce qui fonctionne et doit être gardé.</translation>
    </message>
    <message>
        <source>For each persona, the stages where the as-is emotion is lowest.</source>
        <translation>Pour chaque persona, les étapes où l’émotion actuelle est la plus basse.</translation>
    </message>
    <message>
        <source>For each persona, where the as-is emotion falls most from one stage to the next: the moments of truth.</source>
        <translation>Pour chaque persona, là où l’émotion actuelle chute le plus d’une étape à la suivante&#xa0;: les moments de vérité.</translation>
    </message>
    <message>
        <source>For each persona and stage, how far the to-be emotion is above (+) or below (−) the as-is one.</source>
        <translation>Pour chaque persona et chaque étape, de combien l’émotion visée dépasse (+) ou reste sous (−) l’émotion actuelle.</translation>
    </message>
    <message>
        <source>Opportunities placed by impact and effort, larger with more votes; high impact and low effort come first.</source>
        <translation>Les opportunités placées selon l’impact et l’effort, plus grandes avec plus de votes&#xa0;; fort impact et faible effort d’abord.</translation>
    </message>
    <message>
        <source>How many cards of each stage are observed in data, assumed, proposed, or say nothing.</source>
        <translation>Combien de fiches de chaque étape sont observées dans les données, supposées, proposées, ou ne le disent pas.</translation>
    </message>
    <message>
        <source>Cards that do not say where they come from.</source>
        <translation>Les fiches qui ne disent pas d’où elles viennent.</translation>
    </message>
    <message>
        <source>The touchpoints of each stage by channel, and how many are online or offline.</source>
        <translation>Les points de contact de chaque étape par canal, et combien sont en ligne ou hors ligne.</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Gains rapides</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Effort →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
</context>
<context>
    <name>InsightsController</name>
    <message>
        <source>Insights</source>
        <translation>Enseignements</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <source>The first %1 of %2 rated opportunities.</source>
        <translation>Les %1 premières des %2 opportunités évaluées.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not rated (no impact or effort)</source>
        <translation>
            <numerusform>%Ln non évaluée (sans impact ou effort)</numerusform>
            <numerusform>%Ln non évaluées (sans impact ou effort)</numerusform>
        </translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Figures: observed cards / all cards of the stage.</source>
        <translation>Chiffres&#xa0;: fiches observées / toutes les fiches de l’étape.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) with no source</source>
        <translation>
            <numerusform>%Ln fiche sans source</numerusform>
            <numerusform>%Ln fiches sans source</numerusform>
        </translation>
    </message>
    <message>
        <source>online %1, offline %2</source>
        <translation>en ligne %1, hors ligne %2</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>What the inspector edits</source>
        <translation>Ce que l’inspecteur modifie</translation>
    </message>
    <message>
        <source>Emotion point</source>
        <translation>Point d’émotion</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) selected.</source>
        <translation>
            <numerusform>%Ln élément sélectionné.</numerusform>
            <numerusform>%Ln éléments sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation>Couloir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Fiche&#xa0;: %1</translation>
    </message>
    <message>
        <source>This map is open read-only: save a copy to edit it.</source>
        <translation>Cette carte est ouverte en lecture seule&#xa0;: enregistrez-en une copie pour la modifier.</translation>
    </message>
    <message>
        <source>Open or create a map to edit it here.</source>
        <translation>Ouvrez ou créez une carte pour la modifier ici.</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu-vert</translation>
    </message>
    <message>
        <source>Beige</source>
        <translation>Beige</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Replié</translation>
    </message>
    <message>
        <source>Hidden in posters and images</source>
        <translation>Masqué dans les affiches et les images</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Usual metric…</source>
        <translation>Indicateur courant…</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Draw the service blueprint&apos;s lines</source>
        <translation>Tracer les lignes du service blueprint</translation>
    </message>
    <message>
        <source>Metric: %1</source>
        <translation>Indicateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>This item has no settings here.</source>
        <translation>Cet élément n’a pas de réglages ici.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join Session</source>
        <translation>Rejoindre une séance</translation>
    </message>
    <message>
        <source>Looking for sessions on this network…</source>
        <translation>Recherche de séances sur ce réseau…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code de l’atelier</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Choose a session, then give its code and your name.</source>
        <translation>Choisissez une séance, puis indiquez son code et votre nom.</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>Join the Workshop</source>
        <translation>Rejoindre l’atelier</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code de l’atelier</translation>
    </message>
</context>
<context>
    <name>LaneKindsDialog</name>
    <message>
        <source>Confirm Lane Kinds</source>
        <translation>Confirmer les types de couloirs</translation>
    </message>
    <message>
        <source>MapStudio guessed what each lane holds from its title. Change any that is wrong.</source>
        <translation>MapStudio a deviné ce que contient chaque couloir d’après son titre. Corrigez ceux qui sont faux.</translation>
    </message>
    <message>
        <source>%1 (not sure)</source>
        <translation>%1 (pas sûr)</translation>
    </message>
</context>
<context>
    <name>LiveSessionController</name>
    <message>
        <source>Live Session</source>
        <translation>Séance en direct</translation>
    </message>
    <message>
        <source>This map is open read-only: participants could not add to it.</source>
        <translation>Cette carte est ouverte en lecture seule : les participants ne pourraient rien y ajouter.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Live session started: participants open %1</source>
        <translation>Séance en direct lancée : les participants ouvrent %1</translation>
    </message>
    <message>
        <source>The session could not start: %1</source>
        <translation>La séance n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Live session ended.</source>
        <translation>Séance en direct terminée.</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1 (en direct)</translation>
    </message>
    <message>
        <source>the join code is not right</source>
        <translation>le code de l’atelier n’est pas le bon</translation>
    </message>
    <message>
        <source>too many wrong codes: wait a minute</source>
        <translation>trop de codes erronés : attendez une minute</translation>
    </message>
    <message>
        <source>the facilitator removed you from this session</source>
        <translation>l’animateur vous a retiré de cette séance</translation>
    </message>
    <message>
        <source>Join Session</source>
        <translation>Rejoindre une séance</translation>
    </message>
    <message>
        <source>Could not join the session: %1</source>
        <translation>Impossible de rejoindre la séance : %1</translation>
    </message>
    <message>
        <source>Back in the live session: your edits are shared.</source>
        <translation>De retour dans la séance en direct : vos modifications sont partagées.</translation>
    </message>
    <message>
        <source>Connection to the live session lost: your edits are kept and merge when it is back.</source>
        <translation>Connexion à la séance en direct perdue : vos modifications sont gardées et fusionnées à son retour.</translation>
    </message>
</context>
<context>
    <name>LiveSessionPanel</name>
    <message>
        <source>Join code</source>
        <translation>Code de l’atelier</translation>
    </message>
    <message>
        <source>Show to the Room</source>
        <translation>Montrer à la salle</translation>
    </message>
    <message>
        <source>The code and the QR code on the whole screen</source>
        <translation>Le code et le code QR en plein écran</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Participants join through this network interface only.</source>
        <translation>Les participants se connectent uniquement par cette interface réseau.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>End Session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>Live session on “%1”</source>
        <translation>Séance en direct sur « %1 »</translation>
    </message>
    <message>
        <source>local network</source>
        <translation>réseau local</translation>
    </message>
    <message>
        <source>this computer only</source>
        <translation>cet ordinateur seulement</translation>
    </message>
    <message>
        <source>public: reachable from the internet</source>
        <translation>public : accessible depuis internet</translation>
    </message>
    <message>
        <source>Anyone on the internet who has the code can join.</source>
        <translation>Toute personne sur internet qui a le code peut se connecter.</translation>
    </message>
    <message>
        <source>Only this computer can join. Choose the room&apos;s network.</source>
        <translation>Seul cet ordinateur peut se connecter. Choisissez le réseau de la salle.</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (absent)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) connected</source>
        <translation>
            <numerusform>%Ln participant connecté</numerusform>
            <numerusform>%Ln participants connectés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <translation>Ajouter un couloir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspector</source>
        <extracomment>Test hook: when this environment variable is set, the window prints to stderr, once shown, &quot;MAPSTUDIO_MAP_ORIGIN gx gy zoom&quot;: the screen position of the map&apos;s layout point (0, 0) and the zoom factor, so a real-window test can aim the mouse from layout coordinates.</extracomment>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <translation>Sans titre %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>A name cannot be empty; the old name was kept.</source>
        <extracomment>field written by each kind of session</extracomment>
        <translation>Un nom ne peut pas être vide&#xa0;; l’ancien nom a été conservé.</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move cards only into lanes of their own kind; drag them to change lane.</source>
        <translation>Alt+Haut et Alt+Bas ne déplacent les fiches que vers des lignes du même type ; faites-les glisser pour changer de ligne.</translation>
    </message>
    <message>
        <source>Whose emotion curve a click in this lane edits. Click the persona for the next one (P, Shift+P), the curve for the other (C).</source>
        <translation>La courbe d’émotions qu’un clic dans ce couloir modifie. Cliquez sur le persona pour passer au suivant (P, Maj+P), sur la courbe pour passer à l’autre (C).</translation>
    </message>
    <message>
        <source>A click edits:</source>
        <translation>Un clic modifie&#xa0;:</translation>
    </message>
    <message>
        <source>no persona</source>
        <translation>aucun persona</translation>
    </message>
    <message>
        <source>Add a persona first: each emotion curve belongs to one.</source>
        <translation>Ajoutez d’abord un persona&#xa0;: chaque courbe d’émotion appartient à un persona.</translation>
    </message>
    <message>
        <source>A click in the emotions lane now edits %1, %2.</source>
        <translation>Un clic dans le couloir des émotions modifie désormais %1, %2.</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation>%1, %2 (%3) : %4</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Add Stage Before</source>
        <translation>Ajouter une étape avant</translation>
    </message>
    <message>
        <source>Add Stage After</source>
        <translation>Ajouter une étape après</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Add Lane Below</source>
        <translation>Ajouter un couloir en dessous</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Déplier</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Replier</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Supprimer le couloir</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Add Metric</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Add Usual Metric</source>
        <translation>Ajouter un indicateur courant</translation>
    </message>
    <message>
        <source>Add Card</source>
        <translation>Ajouter une fiche</translation>
    </message>
    <message>
        <source>Add Card Below</source>
        <translation>Ajouter une fiche en dessous</translation>
    </message>
    <message>
        <source>Press Enter to add a card</source>
        <translation>Appuyez sur Entrée pour ajouter une fiche</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit Label</source>
        <translation>Modifier le libellé</translation>
    </message>
    <message>
        <source>Clear Point</source>
        <translation>Effacer le point</translation>
    </message>
    <message>
        <source>This map is open read-only: save a copy to edit it.</source>
        <translation>Cette carte est ouverte en lecture seule&#xa0;: enregistrez-en une copie pour la modifier.</translation>
    </message>
    <message>
        <source>Deleted stage “%1”</source>
        <translation>Étape « %1 » supprimée</translation>
    </message>
    <message>
        <source>Deleted lane “%1”</source>
        <translation>Ligne « %1 » supprimée</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
    <message>
        <source>Add a Vote	+</source>
        <translation>Ajouter un vote	+</translation>
    </message>
    <message>
        <source>Remove a Vote	-</source>
        <translation>Retirer un vote	-</translation>
    </message>
    <message>
        <source>there is no image to use</source>
        <translation>il n’y a aucune image à utiliser</translation>
    </message>
    <message>
        <source>Drop or paste a picture on a card or in a cell of a lane.</source>
        <translation>Déposez ou collez une image sur une fiche ou dans une cellule d’un couloir.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Écrit par %1</translation>
    </message>
    <message>
        <source>Click + or double-click to add a metric</source>
        <translation>Cliquez sur + ou double-cliquez pour ajouter un indicateur</translation>
    </message>
    <message>
        <source>Click + or double-click to add a card</source>
        <translation>Cliquez sur + ou double-cliquez pour ajouter une fiche</translation>
    </message>
</context>
<context>
    <name>MapFile</name>
    <message>
        <source>this is not a regular file (a pipe or a device), not a map file</source>
        <extracomment>Told the bytes read so far and the file&apos;s size, a window at a time (a few times a second on a big file); it may raise ``ReadCancelled`` to stop the read.</extracomment>
        <translation>ce n’est pas un fichier ordinaire (un tube ou un périphérique), pas un fichier de carte</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; maps are limited to %2 MB)</source>
        <translation>le fichier est trop volumineux (%1&#xa0;Mo&#xa0;; les cartes sont limitées à %2&#xa0;Mo)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>permission refusée&#xa0;: le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>le fichier ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>the file name is not valid</source>
        <translation>le nom du fichier n’est pas valide</translation>
    </message>
    <message>
        <source>this is a folder, not a map file</source>
        <translation>c’est un dossier, pas un fichier de carte</translation>
    </message>
    <message>
        <source>the file is too large (maps are limited to %1 MB)</source>
        <translation>le fichier est trop volumineux (les cartes sont limitées à %1&#xa0;Mo)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is a binary file, not a MapStudio map (maps are JSON text)</source>
        <translation>c’est un fichier binaire, pas une carte MapStudio (les cartes sont du texte JSON)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (bad byte at line %1, byte offset %2)</source>
        <translation>le fichier n’est pas un texte UTF-8 valide (octet incorrect ligne %1, position %2)</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>erreur de syntaxe JSON ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the file holds a JSON %1, not a MapStudio map (a JSON object)</source>
        <comment>%1: array, string, boolean, null or number (JSON words, not translated)</comment>
        <translation>le fichier contient un %1 JSON, pas une carte MapStudio (un objet JSON)</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply (a map needs at most %1 levels)</source>
        <translation>le JSON est trop profondément imbriqué (une carte demande au plus %1 niveaux)</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply (%1 levels; a map needs at most %2)</source>
        <translation>le JSON est trop profondément imbriqué (%1 niveaux&#xa0;; une carte en demande au plus %2)</translation>
    </message>
    <message>
        <source>the file holds too many values to be a map (%1; a map holds at most %2)</source>
        <translation>le fichier contient trop de valeurs pour être une carte (%1&#xa0;; une carte en contient au plus %2)</translation>
    </message>
    <message>
        <source>%1: too many items (%2; a map holds at most %3)</source>
        <translation>%1&#xa0;: trop d’éléments (%2&#xa0;; une carte en contient au plus %3)</translation>
    </message>
    <message>
        <source>this is not a MapStudio map: it has no schema_version</source>
        <translation>ce n’est pas une carte MapStudio&#xa0;: elle n’a pas de schema_version</translation>
    </message>
    <message>
        <source>schema_version must be a whole number from 1, not %1</source>
        <translation>schema_version doit être un nombre entier à partir de 1, pas %1</translation>
    </message>
    <message>
        <source>this map was saved by a newer MapStudio (file format %1; this version reads up to %2): update MapStudio to open it</source>
        <translation>cette carte a été enregistrée par un MapStudio plus récent (format de fichier %1&#xa0;; cette version lit jusqu’au format %2)&#xa0;: mettez MapStudio à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>this format-%1 map could not be upgraded (%2)</source>
        <translation>cette carte au format %1 n’a pas pu être mise à jour (%2)</translation>
    </message>
    <message>
        <source>(and more problems)</source>
        <extracomment>One value (an item with its pictures, a text) larger than this is left to the full load. Strings up to this length are kept for the rules (ids, names, references are at most 200). The memory the built items may take while the file is checked (the process&apos;s resident size above what it was when the check started). Under it the check keeps the map it builds and the file is read once; past it the items are slimmed and dropped, and the file is read again if it is valid. Refusing a file then costs at most about this plus the slim copies (the budget: 300 MB for any file up to the 200 MB limit, a process of about 30 MB to start). Items built between two looks at the memory (a few MB at most).</extracomment>
        <translation>(et d’autres problèmes)</translation>
    </message>
    <message>
        <source>the map is too large to save (%1 MB; maps are limited to %2 MB): remove some images or use smaller ones</source>
        <translation>la carte est trop volumineuse pour être enregistrée (%1&#xa0;Mo&#xa0;; les cartes sont limitées à %2&#xa0;Mo)&#xa0;: retirez des images ou utilisez-en de plus petites</translation>
    </message>
    <message>
        <source>the map is not valid</source>
        <translation>la carte n’est pas valide</translation>
    </message>
    <message>
        <source>(and 1 more problem)</source>
        <extracomment>The map&apos;s lists of objects with ids, in dependency order (a later list refers to earlier ones). The collections whose objects carry a comment thread.</extracomment>
        <translation>(et 1 autre problème)</translation>
    </message>
    <message>
        <source>(and %1 more problems)</source>
        <translation>(et %1 autres problèmes)</translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation>ce champ est obligatoire</translation>
    </message>
    <message>
        <source>MapStudio does not know this field</source>
        <translation>MapStudio ne connaît pas ce champ</translation>
    </message>
    <message>
        <source>unsupported value %1</source>
        <translation>valeur non prise en charge %1</translation>
    </message>
    <message>
        <source>the map</source>
        <comment>where a problem is</comment>
        <translation>la carte</translation>
    </message>
    <message>
        <source>%1 is not a colour like #ff8800</source>
        <translation>%1 n’est pas une couleur comme #ff8800</translation>
    </message>
    <message>
        <source>%1 is not a valid id (letters, digits, - _ . : only, at most 64)</source>
        <translation>%1 n’est pas un identifiant valide (lettres, chiffres, - _ . : seulement, 64 au plus)</translation>
    </message>
    <message>
        <source>%1 is not in the expected form</source>
        <translation>%1 n’a pas la forme attendue</translation>
    </message>
    <message>
        <source>the file holds %1, which is not a number MapStudio accepts</source>
        <translation>le fichier contient %1, qui n’est pas un nombre accepté par MapStudio</translation>
    </message>
    <message>
        <source>the file holds a number that is too large (%1)</source>
        <translation>le fichier contient un nombre trop grand (%1)</translation>
    </message>
    <message>
        <source>this version cannot be read (%1)</source>
        <translation>cette version ne peut pas être lue (%1)</translation>
    </message>
    <message>
        <source>this recovery file is damaged</source>
        <translation>ce fichier de récupération est endommagé</translation>
    </message>
    <message>
        <source>there is no stage &quot;%1&quot;</source>
        <translation>il n’y a pas d’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>there is no lane &quot;%1&quot;</source>
        <translation>il n’y a pas de couloir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by %2</source>
        <translation>l’identifiant «&#xa0;%1&#xa0;» est déjà utilisé par %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an emotions lane, which holds a curve, not cards</source>
        <translation>«&#xa0;%1&#xa0;» est un couloir d’émotions, qui contient une courbe, pas des fiches</translation>
    </message>
    <message>
        <source>there is no persona &quot;%1&quot;</source>
        <translation>il n’y a pas de persona «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the image data does not match its type (%1)</source>
        <extracomment>Whether a channel is online when the card does not say. The longest side of an embedded image, in pixels: sharp on a poster card (about 150 dpi on a 27 cm wide card), small enough that a map with dozens of pictures can still be emailed.</extracomment>
        <translation>les données de l’image ne correspondent pas à son type (%1)</translation>
    </message>
    <message>
        <source>%1 is outside the map&apos;s emotion scale %2</source>
        <translation>%1 est hors de l’échelle d’émotion de la carte %2</translation>
    </message>
    <message>
        <source>%1 is not a whole or half point</source>
        <translation>%1 n&apos;est pas un point entier ni un demi-point</translation>
    </message>
    <message>
        <source>persona &quot;%1&quot; already has a %2 point at stage &quot;%3&quot; (%4)</source>
        <translation>le persona «&#xa0;%1&#xa0;» a déjà un point %2 à l’étape «&#xa0;%3&#xa0;» (%4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metrics lane</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un couloir d’indicateurs</translation>
    </message>
    <message>
        <source>there is no participant &quot;%1&quot;</source>
        <translation>il n’y a pas de participant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>there is no vote &quot;%1&quot;</source>
        <translation>il n’y a pas de vote «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take part in vote &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» ne participe pas au vote «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has placed more than %2 dots in vote &quot;%3&quot;</source>
        <translation>«&#xa0;%1&#xa0;» a placé plus de %2 gommettes dans le vote «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>there is no card &quot;%1&quot;</source>
        <translation>il n’y a pas de carte «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Hide the legend (View &gt; Legend, Ctrl+Shift+K)</source>
        <translation>Masquer la légende (Affichage &gt; Légende, Ctrl+Maj+K)</translation>
    </message>
    <message>
        <source>Unfold the legend</source>
        <translation>Déplier la légende</translation>
    </message>
    <message>
        <source>Fold the legend</source>
        <translation>Replier la légende</translation>
    </message>
    <message>
        <source>Drag to another corner of the map</source>
        <translation>Glisser vers un autre coin de la carte</translation>
    </message>
</context>
<context>
    <name>MenuActions</name>
    <message>
        <source>Clear Recent Files</source>
        <extracomment>Used when the platform defines no binding for a standard key (e.g. Quit outside GNOME/KDE).</extracomment>
        <translation>Effacer la liste des fichiers récents</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New from &amp;Template...</source>
        <translation>Nouveau à partir d’un &amp;modèle…</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Compare With &amp;File...</source>
        <translation>Comparer avec un &amp;fichier…</translation>
    </message>
    <message>
        <source>Compare With Previous Ve&amp;rsion...</source>
        <translation>Comparer avec une ve&amp;rsion précédente…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;Replace...</source>
        <translation>&amp;Remplacer…</translation>
    </message>
    <message>
        <source>Copy as &amp;Image</source>
        <translation>Copier comme &amp;image</translation>
    </message>
    <message>
        <source>Pr&amp;eferences...</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>A&amp;juster la carte à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Enseignements</translation>
    </message>
    <message>
        <source>Friction &amp;Heat on Stages</source>
        <translation>&amp;Chaleur des frictions sur les étapes</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Commentaires</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>Add &amp;Card</source>
        <translation>Ajouter une &amp;fiche</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Ajouter une é&amp;tape</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>Ajouter un &amp;couloir</translation>
    </message>
    <message>
        <source>Make Service &amp;Blueprint</source>
        <translation>Transformer en service &amp;blueprint</translation>
    </message>
    <message>
        <source>&amp;Personas...</source>
        <translation>&amp;Personas…</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants...</source>
        <translation>Pa&amp;rticipants…</translation>
    </message>
    <message>
        <source>&amp;Quick Capture</source>
        <translation>&amp;Saisie rapide</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Start Live Session</source>
        <translation>&amp;Lancer une séance en direct</translation>
    </message>
    <message>
        <source>&amp;End Session</source>
        <translation>&amp;Terminer la séance</translation>
    </message>
    <message>
        <source>&amp;Join Session...</source>
        <translation>&amp;Rejoindre une séance…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;File Format</source>
        <translation>&amp;Format de fichier</translation>
    </message>
    <message>
        <source>&amp;About MapStudio</source>
        <translation>À &amp;propos de MapStudio</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d’outils</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>P&amp;lein écran</translation>
    </message>
    <message>
        <source>&amp;Next Stage</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>Pre&amp;vious Stage</source>
        <translation>Étape pr&amp;écédente</translation>
    </message>
    <message>
        <source>Projector &amp;Theme</source>
        <translation>&amp;Thème du projecteur</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Switch Light and Dark</source>
        <translation>&amp;Basculer entre clair et sombre</translation>
    </message>
    <message>
        <source>Ti&amp;mer</source>
        <translation>&amp;Minuteur</translation>
    </message>
    <message>
        <source>Filter by Autho&amp;r</source>
        <translation>Filtrer par a&amp;uteur</translation>
    </message>
    <message>
        <source>&amp;Start or Pause</source>
        <translation>&amp;Démarrer ou mettre en pause</translation>
    </message>
    <message>
        <source>&amp;Add a Minute</source>
        <translation>&amp;Ajouter une minute</translation>
    </message>
    <message>
        <source>Take &amp;Off a Minute</source>
        <translation>&amp;Retirer une minute</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Réi&amp;nitialiser</translation>
    </message>
    <message>
        <source>&amp;Next Author</source>
        <translation>Auteur &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Every Author</source>
        <translation>&amp;Tous les auteurs</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>No preview of this poster</source>
        <translation>Pas d’aperçu de cette affiche</translation>
    </message>
    <message>
        <source>Drawing the poster…</source>
        <translation>Dessin de l’affiche…</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name of a new participant</source>
        <translation>Nom d’un nouveau participant</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Couleur %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initiales&#xa0;:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln notes)</source>
        <translation>
            <numerusform>(%Ln note)</numerusform>
            <numerusform>(%Ln notes)</numerusform>
        </translation>
    </message>
    <message>
        <source>This map is open read-only: save a copy to edit it.</source>
        <translation>Cette carte est ouverte en lecture seule&#xa0;: enregistrez-en une copie pour la modifier.</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>Un participant doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>This map is open read-only: save a copy to edit it.</source>
        <translation>Cette carte est ouverte en lecture seule&#xa0;: enregistrez-en une copie pour la modifier.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Curve edited on the map</source>
        <translation>Courbe modifiée sur la carte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Marron</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Goals (one per line)</source>
        <translation>Objectifs (un par ligne)</translation>
    </message>
    <message>
        <source>Needs (one per line)</source>
        <translation>Besoins (un par ligne)</translation>
    </message>
    <message>
        <source>Frustrations (one per line)</source>
        <translation>Frustrations (une par ligne)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Data sources (one per line)</source>
        <translation>Sources de données (une par ligne)</translation>
    </message>
    <message>
        <source>Open or create a map to edit its personas here.</source>
        <translation>Ouvrez ou créez une carte pour modifier ses personas ici.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Remove the persona %1 and its %2 emotion points?</source>
        <translation>Retirer le persona %1 et ses %2 points d’émotion&#xa0;?</translation>
    </message>
    <message>
        <source>Remove Persona</source>
        <translation>Retirer le persona</translation>
    </message>
</context>
<context>
    <name>Poster</name>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>date: day, month name, year</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <source>Touchpoint channels</source>
        <translation>Canaux des points de contact</translation>
    </message>
    <message>
        <source>Friction severity</source>
        <translation>Gravité des frictions</translation>
    </message>
    <message>
        <source>Friction: cut corner, bar, ⚠</source>
        <translation>Friction&#xa0;: coin coupé, ⚠</translation>
    </message>
    <message>
        <source>Opportunity scale</source>
        <translation>Échelle des opportunités</translation>
    </message>
    <message>
        <source>Opportunity: dashed, round, ★</source>
        <translation>Opportunité&#xa0;: tirets, ★</translation>
    </message>
    <message>
        <source>impact: %1</source>
        <translation>impact&#xa0;: %1</translation>
    </message>
    <message>
        <source>effort: %1</source>
        <translation>effort&#xa0;: %1</translation>
    </message>
    <message>
        <source>workshop votes</source>
        <translation>votes en atelier</translation>
    </message>
    <message>
        <source>owner: who takes it forward</source>
        <translation>responsable&#xa0;: qui la fait avancer</translation>
    </message>
    <message>
        <source>Scale %1 (☹) to %2 (☺)</source>
        <translation>Échelle de %1 (☹) à %2 (☺)</translation>
    </message>
    <message>
        <source>as is: solid · to be: dashed</source>
        <translation>actuel&#xa0;: trait plein · cible&#xa0;: tirets</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Stages →</source>
        <translation>Étapes →</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation>Couloir&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>A new language applies the next time MapStudio starts.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de MapStudio.</translation>
    </message>
    <message>
        <source>Autosave every</source>
        <translation>Enregistrement automatique toutes les</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>impact %1, effort %2, %3 votes</source>
        <translation>impact %1, effort %2, %3 votes</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Gains rapides</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Effort →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Maps</source>
        <translation>Récupérer les cartes non enregistrées</translation>
    </message>
    <message>
        <source>MapStudio did not close properly last time. These maps had changes that were not saved. Restore opens them so that you can save them.</source>
        <translation>MapStudio ne s’est pas fermé correctement la dernière fois. Ces cartes avaient des modifications non enregistrées. Restaurer les ouvre pour que vous puissiez les enregistrer.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Enregistrement automatique</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>(jamais enregistrée)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved changes of %Ln map(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Abandonner les modifications non enregistrées de %Ln carte&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Abandonner les modifications non enregistrées de %Ln cartes&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation>%1 a été modifié par un autre programme.</translation>
    </message>
    <message>
        <source>Reload it (your changes stay available through Undo), or keep your version?</source>
        <translation>Le recharger (vos modifications restent accessibles par Annuler), ou garder votre version&#xa0;?</translation>
    </message>
    <message>
        <source>Reload it, or keep the version you have open?</source>
        <translation>Le recharger, ou garder la version que vous avez ouverte&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>Map Already Open</source>
        <translation>Carte déjà ouverte</translation>
    </message>
    <message>
        <source>%1 is already open in another MapStudio window (process %2).</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre de MapStudio (processus %2).</translation>
    </message>
    <message>
        <source>Open it read-only? Editing it in both windows would make one overwrite the other.</source>
        <translation>L’ouvrir en lecture seule&#xa0;? La modifier dans les deux fenêtres ferait que l’une écraserait l’autre.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>&amp;Edit Anyway</source>
        <translation>&amp;Modifier quand même</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This note is too long.</source>
        <translation>Cette note est trop longue.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Écrivez d’abord quelque chose.</translation>
    </message>
    <message>
        <source>You have added as many notes as a session allows.</source>
        <translation>Vous avez ajouté autant de notes qu’une séance le permet.</translation>
    </message>
    <message>
        <source>This is not your dot.</source>
        <translation>Ce n’est pas votre gommette.</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>Aucun vote n’est ouvert.</translation>
    </message>
    <message>
        <source>This note is gone.</source>
        <translation>Cette note n’existe plus.</translation>
    </message>
    <message>
        <source>This note is not part of the vote.</source>
        <translation>Cette note ne fait pas partie du vote.</translation>
    </message>
    <message>
        <source>You can change only your own notes.</source>
        <translation>Vous ne pouvez modifier que vos propres notes.</translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Autosave failed (%1): your changes are only in memory. Save your maps soon.</source>
        <translation>L’enregistrement automatique a échoué (%1)&#xa0;: vos modifications ne sont qu’en mémoire. Enregistrez vos cartes rapidement.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Restore Previous Version</source>
        <translation>Restaurer une version précédente</translation>
    </message>
    <message>
        <source>This map has never been saved, so it has no previous versions.</source>
        <translation>Cette carte n’a jamais été enregistrée&#xa0;: elle n’a pas de version précédente.</translation>
    </message>
    <message>
        <source>No previous versions of %1 have been kept yet (one is kept at each save).</source>
        <translation>Aucune version précédente de %1 n’a encore été conservée (une version est conservée à chaque enregistrement).</translation>
    </message>
    <message>
        <source>Restoring a previous version of %1…</source>
        <translation>Restauration d’une version précédente de %1…</translation>
    </message>
    <message>
        <source>Updating the map…</source>
        <translation>Mise à jour de la carte…</translation>
    </message>
    <message>
        <source>Restoring a previous version of %1 was cancelled: your map is unchanged.</source>
        <translation>La restauration d’une version précédente de %1 a été annulée&#xa0;: votre carte n’a pas changé.</translation>
    </message>
    <message>
        <source>Restore Previous &amp;Version...</source>
        <translation>Restaurer une &amp;version précédente…</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>On the map</source>
        <translation>Sur la carte</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>Move between cards and cells</source>
        <translation>Aller de fiche en fiche et de case en case</translation>
    </message>
    <message>
        <source>Alt+Arrows</source>
        <translation>Alt+Flèches</translation>
    </message>
    <message>
        <source>Move the selected cards</source>
        <translation>Déplacer les fiches sélectionnées</translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation>Entrée, F2</translation>
    </message>
    <message>
        <source>Edit; on an empty cell, add a card</source>
        <translation>Modifier&#xa0;; sur une case vide, ajouter une fiche</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Maj+Entrée</translation>
    </message>
    <message>
        <source>Line break in a card</source>
        <translation>Retour à la ligne dans une fiche</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Stop editing; clear the selection</source>
        <translation>Terminer la modification&#xa0;; désélectionner</translation>
    </message>
    <message>
        <source>1, 2, 3</source>
        <translation>1, 2, 3</translation>
    </message>
    <message>
        <source>Severity of the selected pain points</source>
        <translation>Gravité des irritants sélectionnés</translation>
    </message>
    <message>
        <source>+, -</source>
        <translation>+, -</translation>
    </message>
    <message>
        <source>Votes of the selected opportunities</source>
        <translation>Votes des opportunités sélectionnées</translation>
    </message>
    <message>
        <source>Space+drag</source>
        <translation>Espace+glisser</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Faire défiler la carte</translation>
    </message>
    <message>
        <source>Shift+Up, Shift+Down</source>
        <translation>Maj+Haut, Maj+Bas</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Maj+glisser</translation>
    </message>
    <message>
        <source>Drag an emotion point by half points</source>
        <translation>Glisser un point d&apos;émotion par demi-points</translation>
    </message>
    <message>
        <source>P, Shift+P</source>
        <translation>P, Maj+P</translation>
    </message>
    <message>
        <source>Next or previous persona: whose emotion curve a click edits</source>
        <translation>Persona suivant ou précédent&#xa0;: celui dont un clic modifie la courbe d’émotions</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Edit the other curve: as is or to be</source>
        <translation>Modifier l’autre courbe&#xa0;: actuelle ou cible</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Present; F5 again leaves</source>
        <translation>Présenter&#xa0;; F5 de nouveau pour quitter</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Quitter le mode présentation</translation>
    </message>
    <message>
        <source>Page Down, Page Up</source>
        <translation>Page suiv., Page préc.</translation>
    </message>
    <message>
        <source>Focus the next or previous stage</source>
        <translation>Mettre en avant l’étape suivante ou précédente</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Add the note, ready for the next</source>
        <translation>Ajouter la note, prêt pour la suivante</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Haut, Bas</translation>
    </message>
    <message>
        <source>Move the selected emotion point by one point</source>
        <translation>Monter ou descendre le point d&apos;émotion choisi d&apos;un point</translation>
    </message>
    <message>
        <source>Move the selected emotion point by half a point</source>
        <translation>Monter ou descendre le point d&apos;émotion choisi d&apos;un demi-point</translation>
    </message>
    <message>
        <source>Previous or next lane</source>
        <translation>Couloir précédent ou suivant</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <source>Lane by its number</source>
        <translation>Couloir par son numéro</translation>
    </message>
    <message>
        <source>Next or previous stage</source>
        <translation>Étape suivante ou précédente</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Author field (initials or name)</source>
        <translation>Champ de l’auteur (initiales ou nom)</translation>
    </message>
    <message>
        <source>Close the capture bar</source>
        <translation>Fermer la barre de saisie</translation>
    </message>
    <message>
        <source>Voting on the map (Workshop › Voting on the Map)</source>
        <translation>Vote sur la carte (Atelier › Voter sur la carte)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StartVoteDialog</name>
    <message>
        <source>Start Dot Vote</source>
        <translation>Lancer un vote par gommettes</translation>
    </message>
    <message>
        <source>Vote on every lane of this kind only</source>
        <translation>Voter sur tous les couloirs de ce type, et eux seuls</translation>
    </message>
    <message>
        <source>Ana, Bo, Chloé</source>
        <translation>Ana, Bo, Chloé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Adds &quot;Participant 1&quot; to &quot;Participant n&quot;</source>
        <translation>Ajoute «&#xa0;Participant 1&#xa0;» à «&#xa0;Participant n&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Hide the dots until they are revealed</source>
        <translation>&amp;Masquer les gommettes jusqu’à leur révélation</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lanes:</source>
        <translation>&amp;Couloirs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dots per participant:</source>
        <translation>&amp;Gommettes par participant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;w names:</source>
        <translation>Nou&amp;veaux noms&#xa0;:</translation>
    </message>
    <message>
        <source>Or a &amp;number of participants:</source>
        <translation>Ou un &amp;nombre de participants&#xa0;:</translation>
    </message>
    <message>
        <source>Start Vote</source>
        <translation>Lancer le vote</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>New from Template</source>
        <translation>Nouveau à partir d’un modèle</translation>
    </message>
    <message>
        <source>Start a new map from:</source>
        <translation>Créer une carte à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>No templates are installed.</source>
        <translation>Aucun modèle n’est installé.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>%1: %2</source>
        <extracomment>(language, context, text, disambiguation, n) -&gt; the translation, or None when the compiled catalogue has none. Set by the Qt layer: a compiled catalogue (.qm) answers at once, where reading the .ts source costs about 10 ms the first time (a French map opened in an English interface, at start-up). Without Qt (posters from the command line) the .ts is read.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>ThreadField</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%Ln ouvert</numerusform>
            <numerusform>%Ln ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolved</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%Ln résolu</numerusform>
            <numerusform>%Ln résolus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo this deletion</source>
        <translation>Annuler cette suppression</translation>
    </message>
</context>
<context>
    <name>UnsavedMapsDialog</name>
    <message>
        <source>Unsaved Maps</source>
        <translation>Cartes non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln map(s) have changes that are not saved. Save them before quitting?</source>
        <translation>
            <numerusform>%Ln carte a des modifications non enregistrées. L’enregistrer avant de quitter&#xa0;?</numerusform>
            <numerusform>%Ln cartes ont des modifications non enregistrées. Les enregistrer avant de quitter&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Jamais enregistrée</translation>
    </message>
    <message>
        <source>&amp;Save All</source>
        <translation>Tout &amp;enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>Tout &amp;abandonner</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Restore Previous Version</source>
        <translation>Restaurer une version précédente</translation>
    </message>
    <message>
        <source>Versions of %1 kept before each save. The one you restore replaces the map&apos;s content; Undo brings the current content back, and nothing is written until you save.</source>
        <translation>Versions de %1 conservées avant chaque enregistrement. Celle que vous restaurez remplace le contenu de la carte&#xa0;; Annuler rétablit le contenu actuel, et rien n’est écrit avant que vous n’enregistriez.</translation>
    </message>
    <message>
        <source>Saved over</source>
        <translation>Remplacée le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Reading the version saved over at %1…</source>
        <translation>Lecture de la version remplacée le %1…</translation>
    </message>
    <message>
        <source>Comparing with your map…</source>
        <translation>Comparaison avec votre carte…</translation>
    </message>
    <message>
        <source>Reading this version was cancelled: its changes are not shown.</source>
        <translation>La lecture de cette version a été annulée&#xa0;: ses changements ne sont pas affichés.</translation>
    </message>
    <message numerus="yes">
        <source>Restoring this version would change %Ln things:</source>
        <translation>
            <numerusform>Restaurer cette version changerait %Ln chose&#xa0;:</numerusform>
            <numerusform>Restaurer cette version changerait %Ln choses&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>This version is the same as your map.</source>
        <translation>Cette version est identique à votre carte.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Actions</source>
        <extracomment>Every word here is filed under this context (pyside6-lupdate reads the name before ``.tr``).</extracomment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Thoughts and needs</source>
        <translation>Pensées et besoins</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Coulisses</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Processus de support</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Ligne d&apos;interaction</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Ligne de visibilité</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Ligne d&apos;interaction interne</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Actions du client</translation>
    </message>
    <message>
        <source>Frontstage actions</source>
        <translation>Actions visibles (front-office)</translation>
    </message>
    <message>
        <source>Backstage actions</source>
        <translation>Actions invisibles (back-office)</translation>
    </message>
    <message>
        <source>bright spot</source>
        <translation>point fort</translation>
    </message>
    <message>
        <source>A moment that matters: it works, keep it</source>
        <translation>Un moment qui compte : il fonctionne, à garder</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Search engine</source>
        <translation>Moteur de recherche</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Réseau social</translation>
    </message>
    <message>
        <source>Online ad</source>
        <translation>Publicité en ligne</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Application mobile</translation>
    </message>
    <message>
        <source>Physical store</source>
        <translation>Magasin physique</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Bouche-à-oreille</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>from the channel</source>
        <translation>selon le canal</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineure</translation>
    </message>
    <message>
        <source>major</source>
        <translation>majeure</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>med.</source>
        <comment>medium, abbreviated</comment>
        <translation>moy.</translation>
    </message>
    <message>
        <source>observed (from data)</source>
        <translation>observé (d’après les données)</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>supposé</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observé</translation>
    </message>
    <message>
        <source>to be</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>as is</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>NPS</source>
        <comment>Net Promoter Score</comment>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <comment>customer satisfaction score</comment>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Customer effort score</source>
        <translation>Score d’effort client</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>usually %1 to %2</source>
        <translation>en général de %1 à %2</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Niveau de preuve</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Bright spot</source>
        <translation>Point fort</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Emotion scale</source>
        <translation>Échelle d’émotion</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Service blueprint</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
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
            <numerusform>%Ln étape</numerusform>
            <numerusform>%Ln étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lane(s)</source>
        <translation>
            <numerusform>%Ln couloir</numerusform>
            <numerusform>%Ln couloirs</numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Carte sans titre</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Persona %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>Dot vote %1</source>
        <translation>Vote par gommettes %1</translation>
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
            <numerusform>%Ln gommette</numerusform>
            <numerusform>%Ln gommettes</numerusform>
        </translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Prise de conscience</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Considération</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service après-vente</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fidélisation</translation>
    </message>
</context>
<context>
    <name>VoteBar</name>
    <message>
        <source>Click a card or Space: cast a dot · Shift+click or Backspace: take it back · Tab or N: next voter · 1–9: pick a voter · R: reveal or hide · F7: stop voting</source>
        <translation>Clic sur une fiche ou Espace&#xa0;: poser une gommette · Maj+clic ou Retour arrière&#xa0;: la reprendre · Tab ou N&#xa0;: votant suivant · 1–9&#xa0;: choisir un votant · R&#xa0;: révéler ou masquer · F7&#xa0;: arrêter de voter</translation>
    </message>
    <message>
        <source>Results...</source>
        <translation>Résultats...</translation>
    </message>
    <message>
        <source>Stop Voting</source>
        <translation>Arrêter de voter</translation>
    </message>
    <message>
        <source>dots hidden: %1 of %2 cast</source>
        <translation>gommettes masquées&#xa0;: %1 posées sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 dots cast</source>
        <translation>%1 gommettes posées sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dot(s) left</source>
        <translation>
            <numerusform>%Ln gommette restante</numerusform>
            <numerusform>%Ln gommettes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reveal Dots</source>
        <translation>Révéler les gommettes</translation>
    </message>
    <message>
        <source>Hide Dots</source>
        <translation>Masquer les gommettes</translation>
    </message>
</context>
<context>
    <name>VoteController</name>
    <message>
        <source>Start &amp;Dot Vote...</source>
        <translation>Lancer un vote par &amp;gommettes...</translation>
    </message>
    <message>
        <source>&amp;Voting on the Map</source>
        <translation>&amp;Voter sur la carte</translation>
    </message>
    <message>
        <source>&amp;Reveal Dots</source>
        <translation>&amp;Révéler les gommettes</translation>
    </message>
    <message>
        <source>Vote R&amp;esults...</source>
        <translation>R&amp;ésultats du vote...</translation>
    </message>
    <message>
        <source>&amp;Close Vote...</source>
        <translation>&amp;Clôturer le vote...</translation>
    </message>
    <message>
        <source>&amp;Hide Dots</source>
        <translation>&amp;Masquer les gommettes</translation>
    </message>
    <message>
        <source>A vote is open already: voting goes on.</source>
        <translation>Un vote est déjà ouvert&#xa0;: il continue.</translation>
    </message>
    <message>
        <source>%1 started: %2 each. Click a card to cast a dot.</source>
        <translation>%1 lancé&#xa0;: %2 par participant. Cliquez sur une fiche pour poser une gommette.</translation>
    </message>
    <message numerus="yes">
        <source>Vote closed: %Ln opportunities have new totals.</source>
        <translation>
            <numerusform>Vote clôturé&#xa0;: %Ln opportunité a un nouveau total.</numerusform>
            <numerusform>Vote clôturé&#xa0;: %Ln opportunités ont un nouveau total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteKeys</name>
    <message>
        <source>Click, Space or .</source>
        <translation>Clic, Espace ou .</translation>
    </message>
    <message>
        <source>Cast a dot on the card</source>
        <translation>Poser une gommette sur la fiche</translation>
    </message>
    <message>
        <source>Shift+click, Backspace</source>
        <translation>Maj+clic, Retour arrière</translation>
    </message>
    <message>
        <source>Take back one of the voter&apos;s dots from the card</source>
        <translation>Reprendre une gommette du votant sur la fiche</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>Select a card</source>
        <translation>Sélectionner une fiche</translation>
    </message>
    <message>
        <source>Tab, N</source>
        <translation>Tab, N</translation>
    </message>
    <message>
        <source>Next voter who has dots left</source>
        <translation>Votant suivant qui a encore des gommettes</translation>
    </message>
    <message>
        <source>Shift+Tab, P</source>
        <translation>Maj+Tab, P</translation>
    </message>
    <message>
        <source>Previous voter</source>
        <translation>Votant précédent</translation>
    </message>
    <message>
        <source>1 … 9, 0</source>
        <translation>1 … 9, 0</translation>
    </message>
    <message>
        <source>Pick the voter by number (0: the tenth)</source>
        <translation>Choisir le votant par son numéro (0&#xa0;: le dixième)</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Reveal or hide the dots</source>
        <translation>Révéler ou masquer les gommettes</translation>
    </message>
</context>
<context>
    <name>VoteResultsDialog</name>
    <message>
        <source>Vote Results</source>
        <translation>Résultats du vote</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Close Vote and &amp;Write Totals</source>
        <translation>Clôturer le vote et &amp;inscrire les totaux</translation>
    </message>
    <message>
        <source>Closing the vote writes each opportunity&apos;s dots into its votes (one step: Undo takes it back).</source>
        <translation>Clôturer le vote inscrit les gommettes de chaque opportunité dans ses votes (en une étape&#xa0;: Annuler la reprend).</translation>
    </message>
    <message>
        <source>The dots are still hidden on the map.</source>
        <translation>Les gommettes sont encore masquées sur la carte.</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>ordered by how many participants chose each one</source>
        <translation>classées selon le nombre de participants qui ont choisi chacune</translation>
    </message>
    <message>
        <source>as many participants chose each one, so they follow the map&apos;s order</source>
        <translation>autant de participants ont choisi chacune, elles suivent donc l’ordre de la carte</translation>
    </message>
    <message>
        <source>ordered by how many participants chose each one, then by the map&apos;s order</source>
        <translation>classées selon le nombre de participants qui ont choisi chacune, puis selon l’ordre de la carte</translation>
    </message>
    <message numerus="yes">
        <source>Rank %1: %2 tied with %Ln dot(s), %3.</source>
        <translation>
            <numerusform>Rang %1&#xa0;: %2 à égalité avec %Ln gommette, %3.</numerusform>
            <numerusform>Rang %1&#xa0;: %2 à égalité avec %Ln gommettes, %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>MapStudio</source>
        <translation>MapStudio</translation>
    </message>
    <message>
        <source>Click a template to start a map, open one of yours (Ctrl+O), or drop a map file on this window.</source>
        <translation>Cliquez sur un modèle pour commencer une carte, ouvrez l’une des vôtres (Ctrl+O) ou déposez un fichier de carte sur cette fenêtre.</translation>
    </message>
    <message>
        <source>&amp;New Blank Map</source>
        <translation>&amp;Nouvelle carte vierge</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>More &amp;Templates...</source>
        <translation>Autres &amp;modèles…</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Partir d’un modèle</translation>
    </message>
    <message>
        <source>Recent maps</source>
        <translation>Cartes récentes</translation>
    </message>
    <message>
        <source>New map from “%1”</source>
        <translation>Nouvelle carte à partir de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message numerus="yes">
        <source>Notes by %1: %Ln</source>
        <translation>
            <numerusform>Notes de %1&#xa0;: %Ln</numerusform>
            <numerusform>Notes de %1&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Every author&apos;s notes shown</source>
        <translation>Notes de tous les auteurs affichées</translation>
    </message>
</context>
</TS>
