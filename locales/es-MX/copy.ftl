### Textos largos: logline, sinopsis, semblanza y nota de la directora.
### Las líneas de un párrafo se unen con espacios; una línea en blanco empieza otro párrafo.
### Los títulos de obras van entre <i>…</i> (con lang="en" si el título está en inglés);
### el título de la película ($title) sale en cursiva sin marcarlo.

# Máximo 35 palabras (film.toml, [limits]).
# Variables:
#   $director (String) - el nombre de quien dirige.
logline =
    Tras décadas de visitar cada mes a su familia en El Paso, Julián, de 89 años, construye una
    casa en el México rural. Su nieta, { $director }, filma la obra y los recuerdos que despierta.

# Máximo 50 palabras.
synopsis-short =
    A los 89 años, Julián hace un último viaje en autobús a El Paso, Texas, para visitar a sus
    hijas y nietos, como cada mes durante décadas. De vuelta en el México rural, empieza a
    construir una casa junto a la suya. ¿Podrá acortar la distancia con los suyos?

# Máximo 100 palabras.
# Variables:
#   $director (String) - el nombre de quien dirige.
synopsis-medium =
    A los 89 años, Julián hace un último viaje en autobús a El Paso, Texas, para visitar a sus
    hijas y a sus nietos: un largo trayecto que durante décadas ha hecho cada mes, sin falta. De
    regreso en el México rural, empieza a construir discretamente una casa en el terreno baldío
    que está junto a la suya. Ahora que ya no los visitará en persona, ¿podrá esta casa nueva
    acortar la distancia que lo separa de sus seres queridos? Su nieta, { $director }, filma la obra
    y los recuerdos que despierta: una carta de amor a su abuelo.

# Máximo 250 palabras; se lee sola (no repite las sinopsis más breves).
# Variables:
#   $title (String) - el título de la película, en cursiva.
#   $director (String) - el nombre de quien dirige.
synopsis-long =
    A los 89 años, Julián hace un último viaje en autobús a El Paso, Texas, para visitar a sus
    hijas y a sus nietos: un largo trayecto que durante décadas ha hecho cada mes, sin falta. De
    regreso en el México rural, empieza a construir discretamente una casa en el terreno baldío
    que está junto a la suya. Ahora que ya no los visitará en persona, ¿podrá esta casa nueva
    acortar la distancia que lo separa de sus seres queridos?

    Durante varios años, { $director } filma el trabajo de su abuelo y, con delicadeza, recoge
    los recuerdos que Julián nunca había contado y que la obra le devuelve. Así aparecen el
    pragmatismo de su vida diaria y también su poesía. { $title } es una carta de amor a su
    abuelo y, a la vez, una exploración íntima y lúcida de su propia relación con él y con la
    tierra de la que él viene.

# Variables:
#   $director (String) - el nombre de quien dirige.
#   $title (String) - el título de la película, en cursiva.
bio =
    { $director } es cineasta de documental y de ficción, y vive en Austin, Texas. Nació y creció
    en El Paso, Texas, hija de padres inmigrantes mexicanos, y fue becaria del programa Bill Gates
    Millennium Scholars. Su cortometraje documental <i lang="en">An Uncertain Future</i>,
    codirigido con Chelsea Hernandez y coproducido por Firelight Media y Field of Vision, se
    estrenó en el festival SXSW de 2018, donde ganó el premio del jurado al mejor cortometraje
    texano. Fue coproductora del largometraje documental <i lang="en">Building the American
    Dream</i> (SXSW), nominado al Emmy, y productora de campo de <i lang="en">And She Could Be
    Next</i>, serie documental de POV también nominada al Emmy. Participó en Berlinale Talents y
    obtuvo la beca Impact Producer de Firelight Media y la beca de desarrollo del Sundance
    Institute.

    Su primer largometraje documental, { $title }, ha recibido el apoyo del Sundance Institute,
    JustFilms/Ford Foundation y Field of Vision, entre otros, y con este proyecto Iliana participó
    en el Catapult Retreat de True/False 2019, en el IFP Documentary Lab 2020 y en la residencia
    Jacob Burns. Hace poco obtuvo la beca Logan Nonfiction y la beca Women at Sundance Adobe, y en
    2020 la revista <i lang="en">Filmmaker</i> la incluyó en su lista «25 New Faces of
    Independent Film». Tiene una maestría en Bellas Artes (MFA) en producción y dirección
    cinematográfica por la UCLA, y actualmente es profesora asistente en el Departamento de
    Radio, Televisión y Cine de la Universidad de Texas en Austin. Codirige y coescribe un
    largometraje de ficción en episodios, aún sin título definitivo (el provisional es «Untitled
    Texas Latina Project»), que cuenta con el apoyo de SFFILM, Austin Film Society y OneFifty, de
    WarnerMedia.

# Variables:
#   $title (String) - el título de la película, en cursiva.
#   $original-title (String) - el título original, en cursiva: en español es el nombre de la película.
statement =
    Tengo recuerdos muy vivos de las visitas de mi abuelo Julián a nuestra casa en El Paso. Venía
    cada mes en autobús desde Durango, México, y se quedaba apenas un día; traía jamoncillo, chile
    y dulces mexicanos. Olía a tierra y tenía las manos curtidas por toda una vida de trabajar el
    campo. Toda mi familia se ha ganado la vida con el trabajo de sus manos: entre nosotros ha
    habido trabajadoras del hogar, albañiles y niñeras. Soy la primera de mi familia en ir a la universidad —y ya no
    digamos en dedicarse al arte—, y la conciencia de ese privilegio está en la raíz de la mirada
    autorreflexiva de { $original-title }.

    A lo largo de los años de producción, filmé muchos viajes en autobús con mi abuelo Julián, de
    ida y vuelta entre El Paso y Durango, para registrar su vida diaria, y así fui acercándome a
    él. De niña me costaba entender su habla campesina, sus costumbres de pueblo y sus valores.
    Pero hacer esta película me permitió conocer a un hombre al que apenas conocía, aunque lo
    veía cada mes. Julián me abrió con gusto las puertas de su vida: me llevó a recorrer Durango y
    respondió con paciencia a mis preguntas sobre el pasado. Filmar me acercó a él, al otro lado
    de la frontera y hasta su casa. Y cuando empezó a construir una casa nueva en Durango
    —pensada para toda la familia, la de los dos lados de la frontera—, el enfoque del proyecto
    se volvió algo más personal. Me permitió explorar cómo la migración ha afectado la dinámica
    de nuestra familia y ha moldeado mi identidad, y me dio espacio para reflexionar sobre las
    realidades emocionales y culturales, llenas de matices, de formar parte de una diáspora.

    { $title } rinde homenaje a mi familia y cuenta su historia —la de personas que pocas veces
    vemos en pantalla— con honestidad y ternura. Habla del legado, de la pérdida y de los lazos
    que sobreviven a grandes distancias. Con la pandemia, creo que esos temas resuenan hoy más que
    nunca. Espero que quienes han perdido a un ser querido puedan conectar con la película y
    encontrar en ella algo de consuelo.
