### Long copy: logline, synopses, director's bio and statement.
### Lines of a paragraph are joined with spaces; a blank line starts a new paragraph.
### Titles of works go in <i>…</i> (add lang="es" for a title in another language);
### film titles passed as $title / $original-title are set in italics automatically.

# At most 35 words (film.toml [limits]).
# Variables:
#   $director (String) - the director's name.
logline =
    After decades of monthly bus trips to his family in El Paso, Texas, Julián, 89, starts
    building a house in rural Mexico; his granddaughter { $director } films the work and the
    memories it stirs.

# At most 50 words.
synopsis-short =
    At 89, Julián takes one last bus ride from rural Mexico to visit his daughters and
    grandchildren in El Paso, Texas, a trip he has made every month for decades. Back home, he
    starts building a house next to his own. Can it bridge the distance to his loved ones?

# At most 100 words.
# Variables:
#   $director (String) - the director's name.
synopsis-medium =
    At the age of 89, Julián takes one last bus ride to El Paso, Texas, to visit his daughters and
    their children — a lengthy trip he has made without fail every month for decades. After
    returning to rural Mexico, he quietly starts building a house in the empty lot next to his
    home. In the absence of his physical visits, can this new house bridge the distance between
    his loved ones? Over several years, his granddaughter, director { $director }, films the work
    and the memories it brings up, in a love letter to her grandfather.

# At most 250 words; it stands alone (it does not repeat the shorter synopses).
# Variables:
#   $title (String) - the film's title, in italics.
#   $director (String) - the director's name.
synopsis-long =
    At the age of 89, Julián takes one last bus ride to El Paso, Texas, to visit his daughters and
    their children — a lengthy trip he has made without fail every month for decades. After
    returning to rural Mexico, he quietly starts building a house in the empty lot next to his
    home. In the absence of his physical visits, can this new house bridge the distance between
    his loved ones?

    Over several years, director { $director } films her grandfather’s work, gently sifting
    through Julián’s previously unspoken memories brought up by the construction project and
    revealing both the daily pragmatism and poetry of his life. { $title } unfolds as a love
    letter to her grandfather, as well as an intimate and insightful exploration of her own
    relationship with him and his homeland.

# Variables:
#   $director (String) - the director's name.
#   $title (String) - the film's title, in italics.
bio =
    { $director } is a documentary and narrative fiction filmmaker based in Austin, Texas.
    A former Bill Gates Millennium Scholar, she was born and raised in El Paso, Texas, by Mexican
    immigrant parents. Her documentary short <i>An Uncertain Future</i>, co-directed with Chelsea
    Hernandez and co-produced by Firelight Media and Field of Vision, premiered at the 2018 SXSW
    Film Festival, where it won a Jury Award for Best Texas Short. She co-produced the
    Emmy-nominated feature documentary <i>Building the American Dream</i> (SXSW) and was field
    producer for the Emmy-nominated POV documentary series <i>And She Could Be Next</i>. She was a
    Berlinale Talents participant and recipient of a Firelight Media Impact Producer Fellowship and
    Sundance Institute Development Fellowship.

    Her first documentary feature, { $title }, has been supported by Sundance Institute,
    JustFilms/Ford Foundation, and Field of Vision, among others, and Iliana has participated in
    the 2019 True/False Catapult Retreat, the 2020 IFP Documentary Lab, and the Jacob Burns
    Residency with the project. She was recently named a Logan Nonfiction Fellow, a Women at
    Sundance Adobe Fellow, and one of <i>Filmmaker</i> Magazine’s “25 New Faces of Independent
    Film” in 2020. Iliana holds an MFA in film production and directing from UCLA and is currently
    an assistant professor in the Department of Radio-Television-Film at UT-Austin. She is
    co-directing and co-writing an omnibus narrative feature, working title “Untitled Texas Latina
    Project,” that has been supported by SFFILM, Austin Film Society, and WarnerMedia’s OneFifty.

# Variables:
#   $title (String) - the film's title, in italics.
#   $original-title (String) - the original Spanish title, in italics.
statement =
    I have vivid memories of my grandfather Julián’s visits to my home in El Paso. He would come by
    bus every month from Durango, Mexico, and visit for just a day, bringing jamoncillo, chile,
    and Mexican candy. He would smell of earth, his hands weathered from working the land all of
    his life. My entire family has made a living by the labor of their hands. They have worked as
    housekeepers, construction workers, and nannies. I’m the first in my family to go to
    college — let alone to become an artist — and my awareness of that privilege is baked into
    the self-reflexivity of { $title } ({ $original-title }).

    Over years of production, I filmed numerous bus trips with my grandfather Julián, traveling
    back and forth between El Paso and Durango to capture his everyday life, and in turn, becoming
    closer to him. Growing up, I had trouble understanding Julián’s rural dialect, his small-town
    habits, and his personal values. But making this film allowed me to get to know a man that I
    hardly knew despite seeing him every month. Julián gladly welcomed me into his life, showing me
    around Durango and indulging my questions about the past. Filmmaking pulled me closer to him,
    across the border and into his home. And as he began construction on a new house in
    Durango — intended for the whole family, on both sides of the border — the project’s focus and
    approach shifted to something more personal. It allowed me to explore the ways migration has
    affected our family dynamics and shaped my identity, and it gave me space to reflect on the
    nuanced emotional and cultural realities of being part of a diaspora.

    { $title } honors my family and tells their story — the story of people we don’t often get to
    see on screen — with honesty and tenderness. It explores legacy, loss, and bonds across great
    distances. In light of the pandemic, I believe those themes are more resonant than ever. My
    hope is that people who have experienced the loss of a loved one will be able to connect to
    the film and find some healing.
