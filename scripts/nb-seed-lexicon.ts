// Hand-written Norwegian Bokmål sentiment words (base forms; valence −3..+3), written for
// Brandline from general knowledge of the language — partly by translating the sense of common
// entries of the MIT-licensed VADER lexicon. It is a prior for scripts/derive-nb-lexicon.ts:
// it carries words the NoReC train split has too few of; the derivation learns how much to
// trust it. Inflected forms are reached through the stemmer (lib/tone/stem-nb.ts).
const group = (valence: number, words: string): [string, number][] =>
  words
    .split(/\s+/)
    .filter(Boolean)
    .map((w): [string, number] => [w, valence]);

// Hand-written Norwegian Bokmål sentiment lexicon, −4..+4 (VADER's scale), by the Brandline team
// from general knowledge of the language (not from any evaluation data). Adjectives come with
// their -t/-e forms, comparative and superlative; verbs with present, past, participle and
// passive; nouns with definite and plural forms. Multi-word entries (a space inside) are matched
// as phrases by `nbFeatures`.
// A hyphen joins the words of a phrase in a word group ("verdt-pengene" is "verdt pengene").
const words = (valence: number, text: string): [string, number][] => group(valence, text).map(([w, v]): [string, number] => [w.replace(/-/g, ' '), v]);
const phrases = (valence: number, text: string): [string, number][] =>
  text
    .split('|')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .map((p): [string, number] => [p, valence]);

const NB_HAND: [string, number][] = [
  // Top praise.
  ...words(4, `fantastisk fantastiske fantastiskt fenomenal fenomenale fenomenalt mesterverk mesterverket mesterverkene
    mesterlig mesterlige mesterlig genial geniale genialt briljant briljante briljant enestående fabelaktig
    fabelaktige fabelaktigt vidunderlig vidunderlige vidunderlig sublim sublime sublimt perfekt perfekte perfeksjon
    storartet storartede formidabel formidable formidabelt eminent eminente eminent suveren suverene suverent
    fremragende utmerket utmerkede kjempebra superbra dritbra knallbra råbra kanonbra kjempegod kjempegode
    kjempegodt supergod supergode supergodt knallgod knallgode knallgodt råsterk råsterke råsterkt knallsterk
    knallsterke knallsterkt elsker elske elsket elskes bergtakende fortryllende uforglemmelig uforglemmelige
    praktfull praktfulle praktfullt strålende himmelsk himmelske magisk magiske magisk fenomen verdensklasse
    toppklasse mesterklasse helt-topp terningkast-seks sekser fullttreffer blinkskudd perle perlen perler
    juvel juvelen glimrende nydelig nydelige nydeligste vakreste beste best aller-best årets-beste favoritt
    favoritten favoritter klassiker klassikeren tidløs tidløse tidløst`),
  ...words(3, `flott flotte flottere flottest flotteste herlig herlige herligste deilig deilige deiligere deiligst
    deiligste vakker vakre vakkert vakrere nydeligere imponerende imponert imponerte imponerer imponere imponeres
    begeistret begeistrede begeistring begeistrer begeistre gripende rørende bevegende medrivende fengslende
    fascinerende fascinerer fascinert oppsiktsvekkende sjelden-god spektakulær spektakulære spektakulært
    episk episke ikonisk ikoniske overveldende overveldet vellykket vellykkede vellykt suksess suksessen
    suksessfull triumf triumfen triumferer høydepunkt høydepunktet høydepunkter gledelig gledelige glede gleden
    gleder gledet fryd nytelse nytelsen nytelsesfull lykke lykken lykkelig lykkelige lykkeligste jubel
    anbefale anbefaler anbefales anbefalt anbefalte anbefalelsesverdig anbefaling anbefalingen anbefalinger
    varmt-anbefalt   sterkt-anbefalt verdt-pengene verdt-prisen verdt-ventetiden godbit godbiten godbiter
    gullkorn gullkornet lekker lekre lekkert lekrere delikat delikate velsmakende smaksrik smaksrike smakfull
    smakfulle herlighet prakt praktverk overdådig overdådige raffinert raffinerte sjarmerende sjarmerte sjarm
    sjarmen bedårende vittig vittige hylende-morsom hysterisk-morsom morsomste`),
  ...words(2.5, `god gode godt bedre best bra bedrefølelse fin fine fint finere finest fineste pen pene pent penere
    spennende spenningen morsom morsomme morsomt morsommere gøy gøyal artig artige underholdende underholdt
    underholder underholde engasjerende engasjerer engasjert solid solide solid sterk sterke sterkt sterkere
    sterkest elegant elegante elegant stilfull stilfulle stilig stilige kul kule kult kulere tøff tøffe tøft
    fengende fenger fenget treffende treffsikker treffsikre treffer traff troverdig troverdige troverdig
    overbevisende overbeviser overbeviste overbevist nyansert nyanserte nyansert gjennomført gjennomførte
    gjennomarbeidet helstøpt helstøpte velskrevet velskrevne velspilt velspilte velregissert velprodusert
    velkomponert veldreid velsmurt velfungerende velgjort vellaget sømløs sømløse sømløst minneverdig
    minneverdige severdig severdige leseverdig lyttverdig spillverdig verdt verdig fortjent fortjener
    fortjenstfull velfortjent lovende lovord lovprise ros roser rost hyller hyllet hyllest applaus applauderer
    talent talentfull talentfulle dyktig dyktige dyktighet kompetent kompetente profesjonell profesjonelle
    profesjonelt effektiv effektive effektivt pålitelig pålitelige pålitelig holdbar holdbare robust robuste
    intuitiv intuitive intuitivt brukervennlig brukervennlige smidig smidige smidig rask raske raskt raskere
    lynrask lynraske kjapp kjappe kjapt stillegående stabil stabile stabilt komfortabel komfortable komfortabelt
    behagelig behagelige behageligere koselig koselige koseligste trivelig trivelige hyggelig hyggelige
    hyggeligere vennlig vennlige vennligere imøtekommende hjelpsom hjelpsomme serviceinnstilt
    inspirerende inspirert inspirerer oppløftende forfriskende befriende givende lærerik lærerike tankevekkende
    innsiktsfull innsiktsfulle klok kloke klokt   gjennomtenkt gjennomtenkte original originale originalt
    nyskapende oppfinnsom oppfinnsomme frisk friske friskt levende livlig livlige energisk energiske
    sprudlende leken lekne lekent humoristisk humoristiske lun lune lunt hjertevarm hjertevarme varm varme
    ømt øm ømme sår-og-vakker vakkert-fortalt stemningsfull stemningsfulle atmosfærisk sugende
    nervepirrende nervepirrende spenstig spenstige kraftfull kraftfulle intens intense intenst dristig dristige
    modig modige modig ambisiøs ambisiøse ambisiøst vellykket glad glade gladere fornøyd fornøyde fornøydere
    tilfreds tilfredse takknemlig takknemlige heldig heldige heldigvis`),
  ...words(2, `interessant interessante interessant interessantere informativ informative opplysende lærerikt nyttig
    nyttige nyttig praktisk praktiske hendig hendige anvendelig funksjonell funksjonelle rimelig rimelige
    prisgunstig prisgunstige gunstig gunstige billig-i-drift røverkjøp kupp kuppet lønnsom lønnsomme
    velholdt velholdte ryddig ryddige oversiktlig oversiktlige tydelig tydelige klar klare presis presise presist
    nøyaktig nøyaktige grundig grundige grundig balansert balanserte harmonisk harmoniske helhetlig helhetlige
    sammenhengende stram-regi     tett-og-god velbalansert frodig frodige fyldig fyldige rikholdig
    generøs generøse generøst mør møre saftig saftige sprø-og-god ferske fersk ferskt smakte-godt smaker-godt
    nam nydelig-mat innbydende innbydende delikatesse vennlighet service-minded positiv positive positivt
    fordel fordelen fordeler pluss plusset styrke styrken styrker sterkeste løft løfter løftet løftes
    beriker berikende berike skinner skinte glitrer glitret gnistrer briljerer briljerte lykkes lyktes
    lyktes-godt funker fungerer fungerte fungere leverer leverte levert leverer-varene bærer   håndterer
    mestrer mestret behersker beherske seier seire vinner vinnere   prisvinnende prisbelønnet
    smil smiler smilte latter     humor humoren morsomheter sjarmør sjarmtroll trøst trygg trygge trygt
    tryggere sikker sikre   kjærlighet kjærlig kjærlige vakkerhet skjønnhet skjønnheten nyte nyter nøt
    nytes digg digge digger diggbar likte liker   likes likt populær populære populært ettertraktet
    kos koser kose gledesspreder hurra jippi   heia bravo gratulerer gratulasjon takk takker takke tusen-takk
    ekte ekthet ærlig ærlige ærlighet autentisk autentiske nærværende troverdighet varme varmen`),
  ...words(1, `grei greie greit ok okei oki helt-grei brukbar brukbare brukbart akseptabel akseptable akseptabelt
    anstendig anstendige anstendig habil habile habilt godkjent godkjente tilfredsstillende passe passelig
    ordentlig ordentlige bra-nok godt-nok greit-nok underholdende-nok severdig-nok fornuftig fornuftige
    fornuftig enkel enkle enkelt lett lette lettere rolig rolige rolig håp håper håpefull håpefulle
    lovende optimistisk optimistiske endelig endelige forbedret forbedring forbedringer oppgradert oppgradering
          frisk-pust overraskende overrasket overraske`),
  // Lukewarm and mild criticism.
  ...words(-1, `middels middelmådig middelmådige middelmådig gjennomsnittlig gjennomsnittlige halvgod halvgode
    halvgodt halvveis halvhjertet halvhjertede lunken lunkne lunkent tam tamme tamt blek bleke blekt grå grått
    anonym anonyme anonymt forutsigbar forutsigbare forutsigbart ujevn ujevne ujevnt treg trege tregt tregere
    langsom langsomme langsomt seig seige seigt tung tunge tungt tungvint tungvinte knotete upraktisk upraktiske
    rotete rotet uryddig uryddige uoversiktlig uoversiktlige uklar uklare uklart vag vage vagt diffus diffuse
    forvirrende forvirret forvirring dyr dyre dyrt dyrere dyrest overpriset overprisede kostbar kostbare
    mangler manglet mangle mangel mangelen mangelfull mangelfulle manglende svakhet svakheten svakheter
    minus minuset ulempe ulempen ulemper problem problemet problemer problematisk problematiske
    vanskelig vanskelige vanskelig utfordrende tvil tvilsom tvilsomme tvilsomt usikker usikre usikkert
    skeptisk skeptiske betenkelig rar rare rart merkelig merkelige underlig underlige sær sære sært
    overflødig overflødige unødvendig unødvendige unødvendig altfor-lang for-lang for-lange for-dyr
      venting ventetid ventetiden ventet-lenge forsinket forsinkelse forsinkelsen forsinkelser
    synd savner savnet savnes repetitiv repetitive repetitivt ensformig ensformige ensformig monoton monotone
    gammeldags utdatert utdaterte foreldet foreldede stiv stive stivt kunstig kunstige kunstig tynn tynne tynt
    mager magre magert tørr tørre tørt kald kalde kaldt distansert distanserte flat flate flatt overfladisk
    overfladiske overfladisk konstruert konstruerte konstruert ulogisk ulogiske ulogisk usannsynlig
    stusselig stusselige puslete spinkel spinkle beskjeden beskjedne begrenset begrensede begrensning
    sliten slitne slitt trøtt trøtte trett trette dessverre uheldigvis beklageligvis`),
  ...words(-2, `dårlig dårlige dårligere dårligst dårligste svak svake svakt svakere svakest svakeste kjedelig
    kjedelige kjedeligere kjedeligst kjedeligste kjeder kjedet kjede kjedsomhet kjedsommelig skuffende
    skuffet skuffe skuffer skuffelse skuffelsen skuffelser skuffa irriterende irritert irriterer irriterte
    irritasjon irritasjonen irritasjonsmoment frustrerende frustrert frustrerer frustrasjon frustrasjonen
    trist triste tristere trist leit leie   sint sinte sinne sur sure surt misfornøyd misfornøyde
    misnøye klage klager klaget klagen klagene reklamasjon reklamere feil feilen feilene feilet feiler
    feile feilaktig feilaktige mislykket mislykkede mislykkes mislyktes bomskudd   bommer bommet
    svikter sviktet svikt sviktende ødelagt ødelagte ødelegger ødela ødelegge ødelegges defekt defekte
    ustabil ustabile krasj krasjer krasjet krasjet fryser frøs     hakker hakket hakkete bugg
    bugget buggete treig treige treigt langdryg langdryge langdrygt langtekkelig langtekkelige platt platte
    banal banale banalt klisjé klisjeer klisjeene klisjéfylt klisjefylt oppbrukt oppbrukte uoriginal
    uoriginale uinspirert uinspirerte uinspirerende ideløs ideløse tannløs tannløse livløs livløse blodfattig
    intetsigende innholdsløs innholdsløse hul hule hult uengasjerende uinteressant uinteressante uinteressant
    meningsløs meningsløse meningsløst poengløs poengløse forglemmelig forglemmelige   glemmes
    overspilt overspilte overspilt karikert karikerte stereotyp stereotype påtatt påtatte anstrengt
    anstrengte anstrengende slitsom slitsomme masete mas maset tåpelig tåpelige tåpelig dum dumme dumt
    dummere teit teite teit fjollete barnslig barnslige barnslig smakløs smakløse smakløst fad fade vassen
    vassent blaut brent brente overkokt overkokte seigt-kjøtt kald-mat lunken-mat salt-og-smakløst
    uprofesjonell uprofesjonelle uprofesjonelt amatørmessig amatørmessige slurvete slurv sjuskete sjusk
    uhøflig uhøflige frekk frekke frekt nedlatende arrogant arrogante arrogant ubehagelig ubehagelige
    ubehag kjip kjipe kjipt deprimerende nedslående nedtur nedturen vond vonde vondt smerte smerter plage
    plager plaget plagsom plagsomme stygg stygge stygt styggere ekkel ekle ekkelt ekkel bekymret bekymring
    redd redde stress stresset stressende angst angrer angret anger tap taper tapte tapt sløsing sløseri
    bortkastet bortkastede bortkastet-tid overvurdert overvurderte oppskrytt oppskrytte antiklimaks
    tabbe tabben blemme blemmen flau flaut flaue pinlig pinlige pinlig klein kleine kleint utilstrekkelig
    ubalansert ubalanserte usammenhengende springende kaotisk kaotiske kaos rot rotet-til unøyaktig
    utroverdig utroverdige urealistisk urealistiske tvungen tvunget søtladen sentimental sentimentale
    svulstig bombastisk pretensiøs pretensiøse selvhøytidelig selvhøytidelige jålete falsk falske falskt
    ustemt skurrer skurrende halter haltet haltende sliter slet faller-gjennom falt-gjennom drukner druknet
    faller-flatt falt-flatt kollapser kollapset rakner raknet     taper-seg`),
  ...words(-3, `elendig elendige elendigere elendigst elendighet forferdelig forferdelige forferdeligere fryktelig
    fryktelige fryktelig grusom grusomme grusomt grusommere horribel horrible horribelt katastrofe
    katastrofen katastrofal katastrofale katastrofalt fiasko fiaskoen fiaskoer flopp floppen floppet håpløs
    håpløse håpløst ubrukelig ubrukelige ubrukelig verdiløs verdiløse verdiløst søppel søppelet skrot
    skrap makkverk makkverket juks jukset svindel svindlet lurt lureri bedrag skandale skandaløs skandaløse
    skandaløst uakseptabel uakseptable uakseptabelt latterlig latterlige latterlig patetisk patetiske
    patetisk ynkelig ynkelige idiotisk idiotiske idiotisk pinefull pinefulle   uutholdelig uutholdelige
    ulidelig ulidelige ulidelig gørr gørrkjedelig dørgende-kjedelig kjedelig-som-bare avskyelig avskyelige
    motbydelig motbydelige motbydelig kvalmende vemmelig frastøtende hater hate hatet   hatefull avsky
    avskyr forakt foraktelig råtten råtne råttent fæl fæle fælt grell mareritt marerittet tortur torturen
    verst verste verre aller-verst bunnen bunnrekord lavmål lavmålet bunnløs drittdårlig dritt drittfilm
    ræva ræv møkk møkka tullball tullete tull tøys vrøvl sludder nonsens svinedårlig elendighetens
    feilkjøp bomkjøp pengesluk tidstyv bortkastede-penger kast-bort lureri skam skammelig skammelige
    nedrig hjerteløs kynisk kyniske tragisk tragiske ulykke ulykkelig`),
  // Phrases (matched as whole word sequences). Negated phrases carry their own valence.
  ...phrases(3, `verdt pengene|verdt prisen|verdt hver krone|verdt ventetiden|verdt et besøk|verdt å se|verdt å lese|
    verdt å høre|verdt en tur|helt topp|helt rå|helt konge|helt nydelig|helt fantastisk|rett og slett fantastisk|
    rett og slett strålende|til fingerspissene|på sitt beste|i toppklasse|i verdensklasse|i særklasse|
    en fryd|en fest|en perle|en godbit|en opplevelse|en vinner|en triumf|en fullttreffer|en klassiker|
    anbefales på det varmeste|anbefales sterkt|anbefales varmt|kan varmt anbefales|kan trygt anbefales|
      som et skudd|sitter perfekt|treffer blink|treffer godt|treffer midt i|løfter seg|tar pusten fra|
    går rett i hjertet|gir gåsehud|får meg til å le|latterkramper|hylende morsom|bare å glede seg|gleder meg|
    gleder oss|terningkast 6|terningkast seks|full pott|ti av ti|vel verdt|godt laget|godt skrevet|godt spilt|
    godt gjort|godt levert|sterkt levert|sterkt spilt`),
  // Marketing and customer-service formulas whose words mislead: "nothing beats", "hard to beat",
  // "don't hesitate", "don't miss", "we miss you", "you just have to try".
  ...phrases(2, `ingenting slår|ingenting er bedre enn|vanskelig å slå|umulig å slå|ikke nøl|ikke nøl med|
    ikke gå glipp av|ikke gå glipp|savner deg|savner dere|du må bare prøve|må du bare prøve|må dere bare prøve|må bare prøves|må rett og slett prøves`),
  ...phrases(1.5, `ikke dårlig|ikke verst|slett ikke dårlig|slett ikke verst|ikke så verst|ikke så dårlig|
    over forventning|over forventningene|bedre enn ventet|bedre enn forventet|vel så god|minst   god|
    helt greit|helt grei|ganske bra|ganske god|ganske godt|godt nok|bra nok|gjør jobben|holder mål|holder stand`),
  ...phrases(-1.5, `ikke helt|ikke like god|ikke like bra|ikke like godt|ikke godt nok|ikke bra nok|ikke spesielt|
    ikke noe særlig|ikke særlig|noe å skrive hjem om|under forventning|under forventningene|svakere enn|
    dårligere enn|mindre enn|kunne vært bedre|kunne vært|burde vært|for lite|for mye|for lang|for langt|
    altfor lang|altfor mye|altfor lite|litt for|ikke helt overbevisende|lite overbevisende|lite originalt|
    lite spennende|lite engasjerende|savner noe|mangler noe|faller mellom to stoler|går på tomgang|
    trår vannet|står og stamper|halter av gårde|tar aldri av|løfter seg aldri|blir aldri|kommer aldri`),
  ...phrases(-3, `ikke verdt|ikke verdt pengene|ikke verdt prisen|ikke verdt tiden|ikke anbefalt|anbefales ikke|
    kan ikke anbefales|vil ikke anbefale|under pari|under enhver kritikk|til å grine av|til å gråte av|
    til å le av|kaste bort|kastet bort|bortkastet tid|bortkastede penger|penger ut av vinduet|
    et mageplask|et feilskjær|en skuffelse|en fiasko|en flopp|en katastrofe|en nedtur|en tabbe|en bom|
    går rett i dass|rett i dass|rett i søpla|faller pladask|falt pladask|går i vasken|gikk i vasken|
    går på trynet|gikk på trynet|dårlig laget|dårlig skrevet|dårlig spilt|terningkast 1|terningkast en|
    terningkast 2|terningkast to|null stjerner|kjedelig som|aldri mer|aldri igjen|ikke fungerer|
    fungerer ikke|funker ikke|virker ikke|holder ikke|holder ikke mål|lever ikke opp|når ikke opp|
    skuffet stort|stor skuffelse|dypt skuffet`),
  // Review domains: film/TV/theatre, music, books, games, food, products, travel.
  ...words(3, `mesterlig-regi nydelig-foto vakkert-filmet sterk-rolleprestasjon glansrolle glansnummer paradenummer
    karrierebeste karrierens-beste publikumsfavoritt kultklassiker kultfavoritt landeplage slager hit hitlåt
    hitlåter ørehenger ørehengere ørekos øregodt øyegodt øyegodteri fest festen festlig festlige festmåltid
    smaksopplevelse smaksopplevelser gourmet nytelsesfull velsmak velsmaken toppkarakter toppkarakterer
    høyeste-karakter terningkast-fem femmer vinnerlåt vinneren mesterstykke storverk kunstverk
    bragd bragden prestasjon-av-rang genistrek genistreken lekkerbisken kremen   kremen-av-kremen
    drømmen drøm drømmende drømmeaktig fortryller fortryllet trollbinder trollbundet tryllebindende
    tryllebinder bergtar bergtatt hjerteknuser gåsehud rørt beveget grepet oppslukt oppslukende
    bunnsolid bunnsolide gjennomført-godt usedvanlig-god uhyre-god forrykende fyrverkeri energibombe`),
  ...words(2, `stødig stødige stødig velspilt underholdningsverdi underholdningsverdien actionfylt spenningsfylt
    nervepirrende nervepirrende dramatisk-sterk skuespillerprestasjon glimt glimtvis gnist gnisten   nerven
      drivet framdrift fremdrift flyt flyten flytende tempo-sitter   sitter-godt fungerer-godt klaff
    klaffer klaffet kjemi kjemien samspill samspillet groove groovy   svingte rocker rocket fengslet
    lyttervennlig melodiøs melodiøse melodisk melodiske vakker-melodi sangbar catchy fengende-refreng
    stemmeprakt stemmeprakten vokalprestasjon klangfull klangfulle lydbilde-rikt      
    velprodusert velproduserte produksjonsverdi gjennomført-design lekker-design designmessig-flott
    velbygd velbygget solid-bygget byggekvalitet kvalitetsfølelse premium eksklusiv eksklusive eksklusivt
    stillegående energieffektiv energieffektive batteritid-god lynrask responsiv responsive skarp skarpe
    skarpt knivskarp knivskarpe krystallklar krystallklare kraftfull kraftfulle kapabel kapable allsidig
    allsidige fleksibel fleksible fleksibelt gjennomført-spill spillbar spillglede spillbarhet avhengighetsskapende
    vanedannende gjenspillingsverdi belønnende utfordrende-på-en-god-måte mestringsfølelse
    sprø sprøtt sprøe saftig smeltende mør mørt velkrydret godt-krydret perfekt-stekt perfekt-tilberedt
    smakfullt velsmakende-mat nydelig-mat godt-brød hjemmelaget håndlaget kortreist ferske-råvarer
    førsteklasses førsteklasse topp-service vennlig-betjening oppmerksom oppmerksomme serveringen-var
    koselig-atmosfære lun-atmosfære stemning stemningen god-stemning trivelig-lokale
    leseopplevelse leseglede bladvender bladvendere sidevender lettlest lettleste velskrevet velformulert
    språkglede språklig-sterk poetisk poetiske lyrisk lyriske vakkert-språk presist-språk
    komplekse kompleks nyansene dybde dybden lag-på-lag rik-på tankevekker øyeåpner øyeåpnende
    aktuell aktuelle relevant relevante viktig viktige nødvendig-bok nødvendig-film modig-bok
    kritikerrost kritikerroste prisbelønt prisbelønte hedret hedres rost roses berømmes berømmet
    tommel-opp tommelen-opp godkjent-med-glans med-glans storfint storkoser storkoste koste-meg
    nøt-hvert-sekund hvert-sekund-verdt gledet-meg glad-i elsket-den likte-den`),
  ...words(-2, `regitabbe feilcastet feilcasting miscast overspill overspillet trebukk trebukker stivbent
    tregt-tempo dødpunkt dødpunkter transportetappe langtekkelighet langdrygheter seigt seighet segmenter
    plotthull plotthullene hullete logikkbrist logiske-brister ubesvart uforløst uforløste antiklimaktisk
    utvannet utvannede forutsigbar-slutt oppbrukt-formel formelpreget formelaktig sjablongaktig papp pappfigurer
    pappfigur endimensjonale klisjéfull såpete såpeopera melodramatisk melodramatiske tåredryppende
    tannløst ufarlig ufarlige harmløs blodløs blodløse tam-affære lettbent lettbente lettvekter overfladiskhet
    fyllstoff   utfylling fillers filler middelmådighet b-film b-kvalitet lavbudsjett billigproduksjon
    skrikende ørene skingrende skrikete skurrete ulyd ulyder støyete knitring sprakende forvrengt
    overprodusert overproduserte steril sterile sterilt polert-og-tom sjelløs sjelløse glatt-og-tom
    kjedelig-lyd grøtete mudrete utydelig utydelige tåkete uklart-lydbilde
    tungt-lest tunglest tungleste ordrik ordrike ordgyteri omstendelig omstendelige springende oppstykket
    uleselig rotete-språk klønete-språk stivt-språk oversettelsesfeil korrektur-feil skrivefeil trykkfeil
    bugs bug feilmelding feilmeldinger krasjer-stadig frysing lagg lagger hakking innlastingstid ventetider
    mikrotransaksjoner pay-to-win grind grinding repetitivt-spill kjedelige-oppdrag ubalansert-spill
    upresis upresise tungstyrt klumpete klumpet treg-respons tregt-grensesnitt
    overkokt overstekt tørrstekt seig-biff gummiaktig tørr-fisk lunkent-kaffe vassen-kaffe kald-servering
    fettete   oljete oversaltet oversaltede   saltet-for-mye smakløst-kjøtt bedervet mugg muggen
    skitten skitne skittent uhygienisk uhygieniske møkkete stank stinker lukter-vondt
    treg-service lang-ventetid glemt-bestilling feil-bestilling uvennlig uvennlige ufin ufine
    skrøpelig skrøpelige vaklevoren slitesterk-ikke går-i-stykker gikk-i-stykker gått-i-stykker brakk
    knekker knakk sprekker sprakk lekker-vann lekkasje ruster rust skrapete riper riper-lett
    dårlig-batteri batteritiden-er-kort kortvarig kortvarige varmgang overoppheting overopphetet
    dyrt-i-drift prissjokk ågerpris ågerpriser blodpris   rene-ranet lureri-kjøp lokkepris
    skuffende-salg utsolgt-igjen leveringsproblemer forsinket-levering ikke-levert aldri-kom aldri-levert`),
  ...words(-3, `kalkun kalkunen mageplask mageplasket feilskjær totalhavari havari haveri krise krisen
    katastrofefilm rævafilm søppelfilm søppelspill drittspill drittplate drittlåt dritbok makkverk-av-en
    pinlig-dårlig flaut-dårlig elendig-laget ubrukelig-produkt svindelprodukt lurendreier lurendreieri
    bedrageri skurk skurkaktig kjeltring kjeltringer tyveri tyvaktig frekkhet uforskammethet
    kvalmt oppkast spydde matforgiftning matforgiftet syk-av uspiselig uspiselige uspiselig udrikkelig
    kjedsommelighet gjesp gjespende gjespet sovnet sovnet-av sovepille søvndyssende dødskjedelig
    dødskjedelige dødsens kjedelig-til-døden`),
  // Everyday valence: feelings, relations, outcomes.
  ...words(2, `glede-seg gleder-seg spent forventningsfull forventningsfulle lettet lettelse stolt stolte stolthet
    rørt takknemlighet heder hedersbevisning fortjenstfulle seiersrus jubelbrus jubler jublet feiret feirer
    feiring feiringen fest-og-moro trygghet tillit tilliten respekt respektfull respektfulle omtanke
    omtenksom omtenksomme omsorg omsorgsfull omsorgsfulle raus rause rausere rausest raushet gavmild
    hjertelig hjertelige hjertelig vennskap samhold fellesskap harmoni fred fredelig fredelige  
    frihet     velvære velværet sunn sunne sunt frisk-og-rask helse-god vellykket-resultat gevinst
    gevinsten vinning seiret vinne vunnet førsteplass   gullmedalje rekord rekordsterk rekordgod
    fremgang framgang fremskritt forbedrer forbedres løsning løsningen løst løste løser ordnet ordner`),
  ...words(-2, `sorg sorgen sørgelig sørgelige sørgmodig fortvilet fortvilelse fortvilende håpløshet
    ensom ensomme ensomhet smerte-full vondt-å-se lei-seg skuffet-over sint-på forbannet forbanna
    rasende raseri raser hissig hissige aggressiv aggressive aggressivt fiendtlig fiendtlige
    mobbing mobber mobbet trakassering trakassert krenket krenkende krenkelse fornærmet fornærmende
    ydmykende ydmyket skammelig-behandling diskriminering diskriminerende urettferdig urettferdige
    urett urettferdighet løgnaktig løgnaktige lyver løy juger jugde manipulerende manipulerer
    konflikt konflikter krangel krangler kranglet strid bråk trusler truer truet farlig farlige
    farligere risikabel risikable skadelig skadelige skade skaden skadet skader ødeleggelse
    tap-av taperen tapte-stort nederlag nederlaget tapsprosjekt underskudd konkurs konkursen
    nedgang tilbakegang forverret forverring verre-og-verre svekket svekkelse krise-rammet
        sykdom smittet     dødsfall ulykken skadde skadet-seg`),
  // Slang, judgements about judgements, and more general vocabulary.
  ...words(3, `konge kongen kongebra sjukt-bra sykt-bra sinnsykt-bra vanvittig-bra vanvittig-god helsprø-bra
    nais digg-digg råkul råkult superkul superkult megabra hylle hyller hyllet hylles hyllest hyllester
    jubelanmeldelse jubelkritikk terningkast-fem-og-seks stjernespekket stjerneklasse lysende lysende-klar
    overstrålende skinnende gnistrende glitrende eventyrlig eventyrlige eventyrlig-god uovertruffen
    uovertrufne uslåelig uslåelige makeløs makeløse makeløst fabelaktig-god ypperlig ypperlige ypperst
    ypperste fortreffelig fortreffelige utsøkt utsøkte utsøkt førsteklasses   prakteksemplar
    idealet ideell ideelle ideelt drømmekombinasjon drømmestart drømmedebut`),
  ...words(2, `lovverdig lovverdige prisverdige berømmelig beundringsverdig beundringsverdige respektabel respektable
    respektabelt pålitelighet solid-håndverk håndverk håndverket fagmessig fagmessige fagmessig dyktig-håndverk
    velfungerende-helhet sympati sympatisk-figur likandes likandes-figur elskelig elskelige sjarmerende-figur
    gledesfylt gledesfylte lattermild lattermilde   smilende smilet smilende-publikum morsomt-nok
    avslappende avslappet avslappede rolig-og-god harmonisk-helhet vakkert-bilde nydelig-scenografi
    fantasifull fantasifulle fantasirik fantasirike kreativ kreative kreativt kreativitet skaperglede
    oppfinnsomhet originalitet særegen særegne særegent unik unike unikt distinkt distinkte
    overraskende-god positivt-overrasket positiv-overraskelse gledelig-overraskelse overraskelse-i-positiv
    imponert-over fornøyd-med godt-fornøyd svært-fornøyd veldig-fornøyd meget-fornøyd godt-likt
    veldig-god veldig-bra veldig-fin meget-god meget-bra svært-god svært-bra særdeles-god
    hjertevarmende livsbejaende livsglad livsglade optimisme varmhjertet storsinnet storsinnede
    forsonende forløsende forløst katarsis befriende-morsom`),
  ...words(-2, `slakt slakter slaktet slaktes slakteren nedsabler nedsablet sablet-ned refser refset refses refsing
    kritiserer kritisert kritiseres kritikk kritikken kritikkverdig kritikkverdige kritikkverdig advarer
    advarte advarsel advarsler beklagelig beklagelige beklageligvis uheldig-valg tvilsom-kvalitet
    latterliggjør latterliggjort harselerer harselas hån håner hånet hånlig hånlige sarkastisk-kritikk
    avviser avvist avvise avslag avslått           utestengt stengt-ute
    dust dusten dustete idiot idioten idioter tosk tosken tufs teite-folk kjeltring-aktig
    slapp-innsats dårlig-innsats     latskap uengasjert uengasjerte ugidelig likegyldighet
    ufyselig ufyselige motvillig motvillige sur-betjening gretten grettene grinete sutrer klagesang
    nifs nifse nifst skummel skumle skummelt ekkelt-nok uhyggelig uhyggelige guffen guffent
    grotesk groteske grotesk-dårlig absurd absurde absurd-dårlig meningsløshet tøvete tullprat
    skivebom skivebommer skivebommet bommert bommerten tabbe-kvote feilgrep feilgrepet misgrep misforstått
    misforståelse misforståelser forvirrende-plott uforståelig uforståelige uforståelig ubegripelig
    ubegripelige uklarhet rot-og-kaos rotete-historie hodeløs hodeløse hodeløst
    utmattende utmattet utslitt tappet slitende slitsomt-å-se trøttende masete-musikk irriterende-lyd
    motbør motvind tilbakeslag nedtur-for nedtur-etter skuffelsen-er sviende sviende-kritikk
    treg-start treg-oppstart tungt-å-komme-inn-i vanskelig-tilgjengelig utilgjengelig utilgjengelige
    overveldende-dårlig skuffet-over-at lei-av drittlei dritlei grusomt-lei mett-av`),
  ...words(-3, `ubrukelig-søppel verdens-dårligste tidenes-dårligste årets-dårligste årets-skuffelse årets-flopp
    drittsekk drittsekker jævlig jævlige jævla helvete helvetes faen fanden satan satans forbanna-dårlig
    bunnløst-dårlig håpløst-dårlig latterlig-dårlig utrolig-dårlig ekstremt-dårlig svært-dårlig veldig-dårlig
    veldig-kjedelig svært-kjedelig ekstremt-kjedelig utrolig-kjedelig skuffende-dårlig elendig-dårlig
    styr-unna hold-deg-unna     bør-unngås ikke-kjøp ikke-kjøpe kjøp-ikke aldri-mer-igjen`),
];

export const NB_SEED: [string, number][] = [
  ...group(3, `fantastisk fantastiske strålende glimrende genial geniale briljant briljante nydelig nydelige praktfull
    perfekt perfekte fenomenal fenomenale enestående mesterlig mesterverk mesterstykke vidunderlig herlig herlige
    magisk magiske elsker elske elsket forelsket fabelaktig suveren suverene sensasjonell rå imponerende
    fremragende utmerket utmerkede beste best himmelsk henrivende betagende medrivende overveldende uforglemmelig
    toppkarakter kjempebra superbra dritbra knallbra råbra kanonbra`),
  ...group(2, `god gode godt bra flott flotte fin fine fint vakker vakre vakkert deilig deilige lekker lekre spennende
    morsom morsomme morsomt gøy artig underholdende sjarmerende vellykket vellykkede solid solide sterk sterke
    anbefale anbefales anbefalt anbefaling glede glad glade fornøyd fornøyde lykkelig lykke takknemlig takk
    tusen-takk heldig interessant interessante elegant elegante stilig stilige smart smarte effektiv effektive
    pålitelig pålitelige behagelig behagelige komfortabel komfortable rask raske raskt smidig smidige velsmakende
    smakfull smakfulle rørende vakkert treffende overbevisende overbeviste velskrevet velspilt velprodusert
    gjennomført gjennomarbeidet kvalitet høykvalitet verdt prisverdig rimelig gunstig populær populære vinner
    seier suksess beundre beundring begeistret begeistring entusiastisk fornøyelse nytelse nyte nøt hyggelig
    hyggelige vennlig vennlige hjelpsom hjelpsomme imøtekommende trygg trygge sikker ren rene frisk friske
    moro kul kult kule tøff tøffe fengende catchy elegant originale original nyskapende frisk levende velfortalt
    velkommen gratulerer gratulasjon jubel jubler smil smile smiler latter ler`),
  ...group(1, `grei greie greit ok okei brukbar brukbare akseptabel akseptable ordentlig ryddig enkel enkelt
    nyttig nyttige praktisk praktiske tilfredsstillende passe fungerer funker riktig riktige nøyaktig klar klare
    lett lette stødig stødige rolig rolige håp håper håpefull positiv positive fordel fordeler pluss`),
  ...group(-1, `middelmådig middelmådige gjennomsnittlig tam tamme treg trege tregt forsinket forsinkelse
    rotete rot mangel mangler manglende svakhet svakheter minus ulempe ulemper problem problemer problematisk
    vanskelig vanskelige tungvint tungvinte kostbar dyr dyre dyrt overpriset uklar uklare forvirrende
    forvirret ujevn ujevne ensformig ensformige forutsigbar forutsigbare klisjé klisjeer klisjéfylt
    anstrengt anstrengende slitsom slitsomme tretthet trøtt sliten overfladisk overfladiske flat flate
    irriterende irritert stresset stress bekymret bekymring tvil tvilsom tvilsomme rar rare merkelig
    stusselig puslete blek bleke`),
  ...group(-2, `dårlig dårlige dårligere svak svake svakt kjedelig kjedelige kjedet skuffende skuffet skuffelse
    skuffa trist triste leit sint sinte sinne frustrerende frustrert frustrasjon ubrukelig ubrukelige
    feil feilet mislykket mislykkede fiasko elendig elendige slette stygg stygge stygt ekkel ekle ekkelt
    vond vonde vondt smerte plage plagsom ødelagt ødelegge ødelegger defekt defekte tåpelig tåpelige dum dumme
    dumt meningsløs meningsløse håpløs håpløse slapp uinteressant uinteressante intetsigende langtekkelig
    langdryg langdryge masete utdatert utdaterte klønete klossete unødvendig unødvendige
    irritasjon klage klager reklamasjon tap taper tapte sviktende svikter svikt ustabil ustabile
    krasj krasjer støy bråkete ulovlig farlig farlige risiko trussel angst redd redsel
    ensom sorg sorgen lidelse lide`),
  ...group(-3, `forferdelig forferdelige grusom grusomme grusomt katastrofe katastrofal katastrofale horribel
    horrible elendighet avskyelig avskyelige motbydelig motbydelige kvalmende pinlig pinlige
    latterlig latterlige skandale skandaløs skandaløse uakseptabel uakseptabelt verst verste
    hater hate hatet hat avsky svindel bedrag bedrageri løgn løgner lyver juks jukse råtten råttent
    fæl fæle fælt uutholdelig uutholdelige søppel makkverk dritt drittdårlig
    elendige `),
  // Review vocabulary (film, music, books, games, food, products).
  ...group(3, `storartet storslått formidabel formidable gripende bergtakende fortryllende sublim sublime genialt
    praktfullt udødelig klassiker perle juvel høydepunkt favoritt elskverdig tryllebindende vakreste bunnsolid
    knallsterk kjempegod kjempefin superb imponert imponerer begeistrer glitrer briljerer bergtar eminent eminente`),
  ...group(2, `velfungerende velgjort velskrevne velregissert troverdig troverdige engasjerende engasjert
    fascinerende fengslende humoristisk vittig vittige lun lune hjertevarm sympatisk sympatiske tiltalende
    appetittvekkende saftig mør møre fyldig balansert harmonisk presis presise skarp skarpe kraftig kraftige
    prisgunstig robust robuste holdbar holdbare intuitiv intuitive brukervennlig stillegående lekkert
    originalt severdig lesverdig anbefalelsesverdig lovende talentfull talentfulle dyktig dyktige
    profesjonell profesjonelle kompetent innsiktsfull reflektert tankevekkende modig modige velfortjent
    fortjener fortjent leverer treffer skinner overbeviser rører berører løfter bærer elegant nennsom
    velsmakende saftige sprudlende sjelfull sjelfulle energisk energiske leken lekne frisk oppfinnsom
    oppfinnsomme nyansert nyanserte musikalsk gjennomtenkt gjennomtenkte vellaget særpreget egenartet`),
  ...group(1, `ambisiøs ambisiøse overraskende solid stødig godkjent lovende anstendig anstendige habil habile`),
  ...group(-1, `synd savner savnet halvveis middels grå anonym anonyme tung tunge seig seige langsom langsomme
    gammeldags utdatert forelda irrelevant mangelfull mangelfulle ubalansert repetitiv repetitive
    gjentakende ufokusert springende konstruert konstruerte stiv stive kunstig kunstige tynn tynne mager
    magre tørr tørre lunken kald overkokt skjør skjøre støyende overflødig overflødige sliten slitne slitt`),
  ...group(-1.5, `dessverre verre`),
  ...group(-2, `kjedsommelig tannløs tannløse uengasjerende livløs livløse blodfattig overspilt overspilte
    forutsigbart platt platte banal banale hul hule innholdsløs uoriginal uoriginale kaotisk kaotiske
    usammenhengende hakkete pinlig flau flaut feilslått bomskudd bommer skuffer irriterer kjeder
    utilstrekkelig uinspirert uinspirerte ideløs smakløs smakløse fad fade vassen vassent brent skranglete
    spinkel spinkle billigpreget plastaktig bråkete overopphetes meningsløst tåpelig idiotisk teit teite
    fjollete barnslig barnslige utslitt bortkastet sløsing sløseri halvhjertet likegyldig likegyldige
    forglemmelig poengløs retningsløs formålsløs kraftløs energiløs ørkesløs halvgod halvgodt`),
  ...group(-3, `katastrofalt patetisk patetiske ynkelig ynkelige frastøtende vemmelig gørr gørrkjedelig
    verdiløs verdiløse tragisk flopp skandaløst ræva ræv møkk møkka skrot skrap`),
  // Everyday praise and criticism.
  ...group(2, `koselig trivelig idyllisk spektakulær spektakulære episk episke ikonisk tidløs tidløse
    stemningsfull stemningsfulle atmosfærisk sjarm sjarmerer styrke styrker høydare fryd uanstrengt sømløs
    sømløst problemfri feilfri plettfri helstøpt helstøpte treffsikker treffsikre delikat delikate raffinert
    raffinerte sofistikert overdådig rikholdig generøs generøse innbydende forfriskende befriende inspirerende
    inspirert oppløftende fet fett digg topp toppen knall strøken strøkent pen pene pent prisvinnende ros roser
    hyller hyllest applaus verdifull givende lærerik grundig oversiktlig`),
  ...group(1.5, `søt søte informativ opplysende heftig heftige tydelig gull kos koser nyter`),
  ...group(-1, `surt dyster dystre forenklet karikatur sentimental endeløs endeløse begrenset begrensede begrensning
    bråk konflikt tøys unnlater faller glipp uren`),
  ...group(-1.5, `bittert hodepine keitete lettvint lettvinte karikert stereotyp stereotype sjablong oppbrukt
    forvirring urealistisk tvungen tvunget søtladen klissete kleng svulstig bombastisk skurrer skurrende
    uoversiktlig upraktisk uheldig uheldige krangel tull tullete glipper uryddig grell grelle glorete
    overlesset savn jålete`),
  ...group(-2, `masete sutrete sytete kjip kjipt kjipe deprimerende nedslående ubehagelig ubehag pest pine pinefull
    tabbe blemme klein kleint amatørmessig amatørmessige uprofesjonell slurvete slurv sjuskete endimensjonal
    sjablongmessig oppskrytt overvurdert overvurderte antiklimaks ulogisk ulogiske utroverdig utroverdige
    påklistret påtatt anmassende pretensiøs pretensiøse selvhøytidelig falsk falske ustemt monoton monotone
    knotete ulykkelig ulykke trøbbel vrøvl sludder nonsens mislykkes feiler sviktet skrantende
    irritasjonsmoment skjemmer kvalm avsmak`),
  ...group(-2.5, `mareritt fadese heslig`),
  ...group(-3, `tortur`),
  // More criticism: what reviewers say when something falls short.
  ...group(-1, `sjelden sjeldent nesten halvparten fattig fattige beskjeden beskjedne ensidig ensidige
    stillestående statisk statiske sakte tregere tungrodd tungrodde uferdig uferdige ujevnt rotet
    trang trange liten lite smal smale lukket kjølig kjølige distansert distanserte vag vage vagt
    uinspirerende blass gråe grått matt matte dempet diffus diffuse sær sære rigid rigide stram`),
  ...group(-1.5, `anstrengt tvilsomt tvilsomme skuffe manglet mangle savnes svakheten slapt tamt kjedsomhet
    langtekkelige tregt middelmådighet overtydelig overtydelige forutsigbarhet klisjéer klisjeene
    tåkete grumsete grøtete uskarp uskarpe utydelig utydelige slørete hakking forsinkelser feilmeldinger
    unøyaktig unøyaktige`),
  ...group(-2, `misfornøyd misfornøyde skuffende irriterende plagsomme ulidelig ulidelige uholdbar uholdbare
    uakseptable fiaskoen mislykte feilkjøp bomkjøp tidstyv bortkastede pengesluk søppelet tullball
    rølp makkverket slett elendigheten grufull grufulle motløs motløse trøstesløs trøstesløse
    uutholdelig kjedeligere kjedeligste verstingen krampaktig krampaktige`),
  ...group(2, `underholdt imponerende velkomponert velkomponerte velfortalte velspilte gripende treffende
    minneverdig minneverdige severdige lekende fengende sterkt gledelig gledelige formfull
    nydeligste`),
  // Customer-service vocabulary (what people say to and about a brand).
  ...group(2, `blid blide smilende serviceinnstilt nam godbit`),
  ...group(1.5, `liker likte likt tilfreds tilfredshet høflig høflige heldigvis`),
  ...group(1, `gratis rabatt`),
  ...group(-1, `ventetid ventetiden`),
  ...group(-1.5, `sur sure treig treige`),
  ...group(-2, `frekk frekke uhøflig uhøflige arrogant arrogante nedlatende respektløs respektløse knust skadet skam`),
  ...group(-2.5, `uforskammet uforskammede fryktelig`),
  // Social-media register: praise and disgust as comments and replies write it, English loans included.
  // Not "wow" (surprise, often at bad service) or "rått" (also raw).
  ...group(3, `super supert supre`),
  ...group(2, `nice digg happy`),
  ...group(-2, `fy`),
  ...group(-2.5, `ille æsj`),
  // Hand-written extension (Brandline team, 2026-11-26): graded −4..+4 like VADER, with the
  // inflected forms written out (adjective -t/-e, comparative, superlative; verb present, past,
  // participle, passive; noun definite and plural), so no form depends on the stemmer.
  ...NB_HAND,
];