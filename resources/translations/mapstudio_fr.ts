<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Choose a Colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Couleur du couloir</translation>
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
</context>
<context>
    <name>EditController</name>
    <message>
        <source>Select one or more cards to copy.</source>
        <translation>Sélectionnez une ou plusieurs fiches à copier.</translation>
    </message>
    <message>
        <source>Select one or more cards to cut.</source>
        <translation>Sélectionnez une ou plusieurs fiches à couper.</translation>
    </message>
    <message>
        <source>Select one or more cards to duplicate.</source>
        <translation>Sélectionnez une ou plusieurs fiches à dupliquer.</translation>
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
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
</context>
<context>
    <name>FileController</name>
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
    <message>
        <source>Actions</source>
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
        <source>Frictions</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Parcours sans titre</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
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
        <source>%1 cannot be opened: %2.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2.</translation>
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
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in cards</source>
        <translation>Rechercher dans les fiches</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 trouvé(s)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Open or create a map to edit it here.</source>
        <translation>Ouvrez ou créez une carte pour la modifier ici.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
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
        <source>From the channel</source>
        <translation>Selon le canal</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeure</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
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
        <source>Observed (from data)</source>
        <translation>Observé (d’après les données)</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Supposé</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
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
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Emotion scale</source>
        <translation>Échelle d’émotion</translation>
    </message>
    <message>
        <source>%1 items selected.</source>
        <translation>%1 éléments sélectionnés.</translation>
    </message>
    <message>
        <source>This item has no settings here.</source>
        <translation>Cet élément n’a pas de réglages ici.</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>Actions</source>
        <extracomment>Used when the platform defines no binding for a standard key (e.g. Quit outside GNOME/KDE).</extracomment>
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
        <source>Frictions</source>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspector</source>
        <extracomment>Test hook: when set, the window prints the canvas viewport&apos;s global position to stderr (&quot;MAPSTUDIO_VIEWPORT x y&quot;) once it is shown, so a real-window test can aim the mouse.</extracomment>
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
    <message>
        <source>%1 stages, %2 cards</source>
        <translation>%1 étapes, %2 fiches</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 sélectionné(s)</translation>
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
        <source>Add a persona first: each emotion curve belongs to one.</source>
        <translation>Ajoutez d’abord un persona&#xa0;: chaque courbe d’émotion appartient à un persona.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Niveau de preuve&#xa0;: %1</translation>
    </message>
    <message>
        <source>Actions</source>
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
        <source>Add Card</source>
        <translation>Ajouter une fiche</translation>
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
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>%n points</source>
        <translation>%n points</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 fiche</translation>
    </message>
    <message>
        <source>%n cards</source>
        <translation>%n fiches</translation>
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
        <source>impact %1</source>
        <translation>impact %1</translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation>effort %1</translation>
    </message>
    <message>
        <source>▲%1</source>
        <translation>▲%1</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>med.</source>
        <translation>moy.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observé</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>supposé</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposition</translation>
    </message>
    <message>
        <source>as is</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>to be</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>This map is open read-only: save a copy to edit it.</source>
        <translation>Cette carte est ouverte en lecture seule&#xa0;: enregistrez-en une copie pour la modifier.</translation>
    </message>
</context>
<context>
    <name>MenuActions</name>
    <message>
        <source>Clear Recent Files</source>
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
        <source>&amp;Export...</source>
        <translation>E&amp;xporter…</translation>
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
        <source>&amp;Personas...</source>
        <translation>&amp;Personas…</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>As is</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>To be</source>
        <translation>Cible</translation>
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
        <source>Persona %1</source>
        <translation>Persona %1</translation>
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
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;MapStudio&lt;/h1&gt;&lt;p&gt;Customer journey maps, on your computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;MapStudio&lt;/h1&gt;&lt;p&gt;Cartes de parcours client, sur votre ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Map</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <source>New from Template...</source>
        <translation>Nouveau à partir d’un modèle…</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent maps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cartes récentes&lt;/b&gt;</translation>
    </message>
</context>
</TS>
