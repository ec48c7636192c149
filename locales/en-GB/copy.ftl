### British spelling of the long copy: travelling, honours.

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

    Over years of production, I filmed numerous bus trips with my grandfather Julián, travelling
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

    { $title } honours my family and tells their story — the story of people we don’t often get to
    see on screen — with honesty and tenderness. It explores legacy, loss, and bonds across great
    distances. In light of the pandemic, I believe those themes are more resonant than ever. My
    hope is that people who have experienced the loss of a loved one will be able to connect to
    the film and find some healing.
