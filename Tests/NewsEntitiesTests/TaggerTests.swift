import NewsEntities
import Testing

/// Marked text: ⟦span⟧ is an expected mention; the entity it belongs to follows in `expected`.
struct Case: CustomTestStringConvertible, Sendable {
    var marked: String
    var expected: [String]  // person names, or "@CC" for a country code, one per ⟦⟧ in order
    var testDescription: String { marked }

    init(_ marked: String, _ expected: String...) {
        self.marked = marked
        self.expected = expected
    }

    /// The plain text and the marked spans in code points.
    var parsed: (text: String, spans: [Range<Int>]) {
        var text = ""
        var spans: [Range<Int>] = []
        var start = 0
        var count = 0
        for scalar in marked.unicodeScalars {
            if scalar == "⟦" {
                start = count
            } else if scalar == "⟧" {
                spans.append(start..<count)
            } else {
                text.unicodeScalars.append(scalar)
                count += 1
            }
        }
        return (text, spans)
    }
}

let cases: [Case] = [
    Case("⟦John Kerry⟧ met ⟦Wang Yi⟧ in ⟦Tianjin⟧.", "John Kerry", "Wang Yi", "@CN"),
    Case("⟦Chinese⟧ Foreign Minister ⟦Wang Yi⟧ told ⟦Kerry⟧ that ⟦Washington⟧ must act.", "@CN", "Wang Yi", "Kerry", "@US"),
    Case("Vice Premier ⟦Han Zheng⟧ spoke.", "Han Zheng"),
    Case("Secretary of State ⟦Antony Blinken⟧ arrived in ⟦Alaska⟧.", "Antony Blinken", "@US"),
    Case("former President ⟦Donald Trump⟧ and the ⟦Trump⟧ administration", "Donald Trump", "Donald Trump"),
    Case("⟦John Kerry⟧ flew in. Later Mr. ⟦Kerry⟧ said ⟦Kerry⟧'s plan would work.", "John Kerry", "John Kerry", "John Kerry"),
    Case("The ⟦South Korean⟧ leader met officials from ⟦Britain⟧ and the ⟦U.S.⟧", "@KR", "@GB", "@US"),
    // The issue's own examples: common names, demonyms' plurals, metonyms, the 1980s' states.
    Case("Officials in ⟦Holland⟧ and ⟦Ivory Coast⟧ met ⟦Britons⟧.", "@NL", "@CI", "@GB"),
    Case("⟦The Kremlin⟧ and ⟦Downing Street⟧ declined to comment.", "@RU", "@GB"),
    Case("Old copy named ⟦West Germany⟧ and ⟦the Soviet Union⟧.", "@DE", "@RU"),
    // God is no one; "Sen. Kerry" is the article's John Kerry.
    Case("\"God bless ⟦America⟧,\" said Senator ⟦John Kerry⟧. Later Sen. ⟦Kerry⟧ left.", "@US", "John Kerry", "John Kerry"),
    // A reporting verb after an adverb is a cue too; "said it" or "said they" after two words, the
    // first no given name, is a body's statement ("called it a ploy" is a person's).
    Case("Trinamool leaders met. ⟦Mamata Banerjee⟧ also spoke, and ⟦Banerjee⟧ later said she was happy.",
         "Mamata Banerjee", "Mamata Banerjee"),
    Case("Balfour Beatty said they would bid. Towers Watson also said it would appeal."),
    Case("⟦Steny Hoyer⟧ called it a ploy. ⟦Karl Rove⟧ says it's candidate quality.", "Steny Hoyer", "Karl Rove"),
    // A surname's Slavic, Greek or Georgian shape after a word no list holds makes a name; not after
    // an English word or a hyphenated one.
    Case("⟦Carlos Alcaraz⟧ beat ⟦Novak Djokovic⟧ 6-3 6-2. ⟦Djokovic⟧, who had won four times, left.",
         "Carlos Alcaraz", "Novak Djokovic", "Novak Djokovic"),
    Case("Police named ⟦Dzhokhar Tsarnaev⟧ and his brother ⟦Tamerlan Tsarnaev⟧.", "Dzhokhar Tsarnaev", "Tamerlan Tsarnaev"),
    Case("Shares of Anheuser-Busch InBev rose. Tell Zelensky to wait."),
    // Such a surname alone is a surname to the cues that take one; not with a capital inside, nor in
    // "-yan" (a typhoon's name), nor before "cocktail".
    Case("The talks ended. ⟦Peskov⟧ said the talks were over. Interfax quoted ⟦Levrentyeva⟧'s colleagues.", "Peskov", "Levrentyeva"),
    Case("YouGov said the race was close. Haiyan's winds hit Tacloban. A Molotov cocktail was thrown."),
    Case("John Lewis Partnership said it would cut jobs."),
    // Two words no list holds (or a given name first), "of", a body and a reporting verb: a speaker.
    Case("⟦Sundar Pichai⟧ of Alphabet said sales rose. ⟦Mamata Banerjee⟧ of the Trinamool Congress also spoke.",
         "Sundar Pichai", "Mamata Banerjee"),
    Case("Gold Fields of ⟦South Africa⟧ said output fell.", "@ZA"),
    // What befalls only a person: sworn in, born, arrested, died, resigned.
    Case("⟦JAKARTA⟧ - ⟦Prabowo Subianto⟧ was sworn in on Sunday. ⟦Islan Nettles⟧ died in hospital.", "@ID",
         "Prabowo Subianto", "Islan Nettles"),
    // A newspaper named with a short form is no mention of the country.
    Case("⟦Kevin Johnson⟧, USA TODAY. USA Today reported from the ⟦USA⟧.", "Kevin Johnson", "@US"),
    Case("The South China Morning Post reported from ⟦Tokyo⟧.", "@JP"),
    Case("Ships crossed the South China Sea.",),
    // After "the", a country's other name is capitalised: "all of the states" is no US.
    Case("All of the states agreed; the fed funds rate rose. He moved to ⟦the States⟧.", "@US"),
    // Seats of government and police named for their place stand for the country, not a person.
    Case("⟦Scotland Yard⟧ said 11 people were arrested; ⟦Downing Street⟧ declined to comment.", "@GB", "@GB"),
    // Names of older copy: "Surinam", "Byelorussia", "Western Samoa".
    Case("Bauxite output in ⟦Surinam⟧ and ⟦Byelorussia⟧ fell.", "@SR", "@BY"),
    // A country's name opening a company's name says little of where the story is; a demonym there
    // usually names a national company, of that country.
    Case("Cyprus Minerals Co said prices fell; ⟦Indian⟧ Oil Corp bought.", "@IN"),
    Case("⟦Xi Jinping⟧ met ⟦Moon Jae-in⟧ in ⟦Beijing⟧.", "Xi Jinping", "Moon Jae-in", "@CN"),
    Case("The Houston Rockets beat the Dallas Mavericks.",),
    // A surname after an Arabic article in lower case repeats the full name.
    Case("General ⟦Abdel Fattah al-Burhan⟧ refused. ⟦Sisi⟧ said he met ⟦al-Burhan⟧ in ⟦Cairo⟧.",
         "Abdel Fattah al-Burhan", "Sisi", "Abdel Fattah al-Burhan", "@EG"),
    // Verbs of speech a body seldom takes are cues; "Baroness" is a title.
    Case("⟦Karl Rove⟧ vowed to fight, and ⟦McConnell⟧ conceded. Baroness ⟦Royall⟧ joked about it.",
         "Karl Rove", "McConnell", "Royall"),
    // "X." after a word in lower case is the platform ending a sentence.
    Case("She posted on X. ⟦Trump⟧ replied. The story was by ⟦X. Chen⟧.", "Trump", "X. Chen"),
    // A title after "co-" or "ex-" is a title.
    Case("Co-leader ⟦Alice Weidel⟧ spoke, and ex-president ⟦Jair Bolsonaro⟧ left with his ex-wife ⟦Ivana⟧.",
         "Alice Weidel", "Jair Bolsonaro", "Ivana"),
    // A rare given name before a second given name and two surnames keeps all four words.
    Case("Her predecessor, ⟦Andrés Manuel López Obrador⟧, left. ⟦José María Aznar López⟧ spoke.",
         "Andrés Manuel López Obrador", "José María Aznar López"),
    // Two words no list holds before ", who" are a name.
    Case("The ringleader was ⟦Abdelhamid Abaaoud⟧, who planned the attacks.", "Abdelhamid Abaaoud"),
    // A word no list holds, shaped like a given name, that starts a full name is that person alone,
    // with no cue; "arap" is a particle.
    Case("Opposition leader ⟦Megawati Sukarnoputri⟧ spoke. ⟦Megawati⟧, daughter of President ⟦Sukarno⟧, left.",
         "Megawati Sukarnoputri", "Megawati Sukarnoputri", "Sukarno"),
    Case("President ⟦Daniel arap Moi⟧ sacked him. ⟦Moi⟧ named a successor.", "Daniel arap Moi", "Daniel arap Moi"),
    // A word inside a name of four words or more with a particle is that person, even where a title
    // found it alone; not inside a name glued from two.
    Case("President ⟦Luiz Inácio Lula da Silva⟧ arrived. Mr. ⟦Lula⟧ said ⟦Lula⟧ would stay.",
         "Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"),
    // A word that opens places' names opens no person's, however long the run.
    Case("Lead author ⟦Juan Manuel Guayasamin⟧ of the Universidad San Francisco de ⟦Quito⟧ said so.", "Juan Manuel Guayasamin", "@EC"),
    // A Slavic surname spelled another way is the article's full name's; a name that only ends in
    // "y" is no variant.
    Case("President ⟦Volodymyr Zelenskyy⟧ spoke. ⟦Zelensky⟧ said so. ⟦Viktor Yanukovich⟧ lost; ⟦Yanukovych⟧ said no.",
         "Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "Viktor Yanukovich", "Viktor Yanukovich"),
    // Ranks as British copy abbreviates them, with no stops; not in capitals, in lower case or
    // before a generation.
    Case("Gen ⟦Pervez Musharraf⟧ met Det Supt ⟦Mick Deats⟧ and Lt Gov ⟦Dan Patrick⟧. Gen X voters and Gen Xers came.",
         "Pervez Musharraf", "Mick Deats", "Dan Patrick"),
    Case("Joint Chiefs chairman Gen ⟦Myers⟧ said so.", "Myers"),
    Case("⟦Fabien Pelous⟧ (Stade Toulousain, capt) played. ADM Growmark sold corn.", "Fabien Pelous"),
    // A team sheet of initials with no stops and surnames, with or without the side's name; an
    // initialled name is the article's full name of those initials and that surname.
    Case("⟦Ronan O'Gara⟧ kicked well.\n\n⟦G Dempsey⟧; ⟦G Murphy⟧, ⟦B O'Driscoll⟧ (capt), ⟦S Horgan⟧; ⟦R O'Gara⟧, ⟦P Stringer⟧.",
         "Ronan O'Gara", "G Dempsey", "G Murphy", "B O'Driscoll", "S Horgan", "Ronan O'Gara", "P Stringer"),
    // A surname alone is the full name's, not the sheet's initialled name's.
    Case("Up front, ⟦Mefin Davies⟧ plays at hooker. ⟦Davies⟧ wins the vote.\n\n⟦G Thomas⟧ (⟦Toulouse⟧); ⟦H Luscombe⟧ (Dragons), ⟦T Shanklin⟧ (Blues), ⟦G Henson⟧ (Ospreys); ⟦G Jenkins⟧ (Blues), ⟦M Davies⟧ (Gloucester).",
         "Mefin Davies", "Mefin Davies", "G Thomas", "@FR", "H Luscombe", "T Shanklin", "G Henson", "G Jenkins", "Mefin Davies"),
    // The sheet's initial and surname vouch for the full name no cue took.
    Case("It took a superb ⟦Girvan Dempsey⟧ tackle.\n\n⟦G Dempsey⟧; ⟦G Murphy⟧, ⟦S Horgan⟧, ⟦D Hickie⟧.",
         "Girvan Dempsey", "Girvan Dempsey", "G Murphy", "S Horgan", "D Hickie"),
    // Sports clubs named by a club's word and a town.
    Case("Real Madrid said the match would go ahead, and Real Betis said so too.",),
    // A club's name and "capt" in the brackets; a player's initial that is not the coach's.
    Case("Coach ⟦Andy Robinson⟧ named the side.\n\n⟦J Robinson⟧ (Wasps RFC, capt); ⟦M Cueto⟧ (Saracens), ⟦J Lewsey⟧ (Wasps), ⟦C Hodgson⟧ (Harlequins).",
         "Andy Robinson", "J Robinson", "M Cueto", "J Lewsey", "C Hodgson"),
    Case("⟦Ambrose Powell Hill⟧ led. ⟦A.P. Hill⟧ fell; ⟦Patti Masten⟧ and ⟦P.J. Masten⟧ spoke.",
         "Ambrose Powell Hill", "Ambrose Powell Hill", "Patti Masten", "P.J. Masten"),
    // A title before a name is that name's, not the words' in apposition before it; a later title is,
    // and so is a relative's after "whose".
    Case("Long before Election Day, political scientist ⟦Jennifer Lawless⟧ said so.", "Jennifer Lawless"),
    Case("He pointed toward ⟦Shealah Craighead⟧, the chief ⟦White House⟧ photographer, who wore one.", "Shealah Craighead", "@US"),
    Case("In tweets, ⟦Nelba Márquez-Greene⟧, whose daughter ⟦Ana Grace⟧ was killed, spoke.", "Nelba Márquez-Greene", "Ana Grace"),
    // A name set off by commas after a title in lower case.
    Case("He had lunch with his chief of staff, ⟦Reince Priebus⟧, policy adviser ⟦Stephen Miller⟧ and others.",
         "Reince Priebus", "Stephen Miller"),
    Case("He met the party spokesman, ⟦Steny Hoyer⟧, on Monday.", "Steny Hoyer"),
    // A year or a count of something in parentheses is no result: things and works are named before them.
    Case("The states that lost the Civil War (1861-65) and Hurricane Sandy (2012) cost $71bn; Social Security (5 percent) trails.",),
    Case("Scorers: ⟦Dean Saunders⟧ (41st min, pen), ⟦Vladimir Makovsky⟧ (35th). ⟦Pettite⟧ (19-7) allowed two.",
         "Dean Saunders", "Vladimir Makovsky", "Pettite"),
    // In a headline in title case, the verb after a title opens no name: the title's holder goes unnamed.
    Case("GOP Senator Says ⟦Trump⟧ Didn't Use Crude Term to Describe Nations\n\nPresident ⟦Donald Trump⟧ denied it.",
         "Donald Trump", "Donald Trump"),
    // A headline is in title case with a number in it, or a preposition in lower case, if it is one sentence.
    Case("Scandal-Plagued Sen. ⟦Amy Klobuchar⟧ Announces 2020 Presidential Run\n\nSen. ⟦Amy Klobuchar⟧ said she would run.",
         "Amy Klobuchar", "Amy Klobuchar"),
    Case("Analysis - President ⟦Trump⟧ Meets with ⟦Russia⟧'s ⟦Putin⟧\n\nPresident ⟦Donald Trump⟧ met ⟦Vladimir Putin⟧.",
         "Donald Trump", "@RU", "Vladimir Putin", "Donald Trump", "Vladimir Putin"),
    Case("⟦AMY GOODMAN⟧: This is Democracy Now! I'm ⟦Amy Goodman⟧, with ⟦Nermeen Shaikh⟧.", "Amy Goodman", "Amy Goodman", "Nermeen Shaikh"),
    // Not a post's signature, nor a caption's prose with a year.
    Case("A historic step forward.\n\n⟦Barack Obama⟧ (@BarackObama) June 26, 2013\n\nPresident ⟦Obama⟧ watched.",
         "Barack Obama", "Barack Obama"),
    Case("Supreme Leader Ayatollah ⟦Ali Khamenei⟧ in 2008 (⟦Morteza Nikoubazl⟧/Reuters)\n\nThe rest follows.",
         "Ali Khamenei", "Morteza Nikoubazl"),
    // A linking verb capitalised inside a line ends a name, title case or not.
    Case("Good Cop or Good Soldier? ⟦Mike Pence⟧ Is a Tempting Target for 2020 Democrats", "Mike Pence"),
    // A storm's name is no person's, nor is the word alone the article names a storm.
    Case("Hurricane Matthew closed in on ⟦Florida⟧. Gov. ⟦Rick Scott⟧ said Matthew is likely to produce floods. Typhoon Haiyan hit.",
         "@US", "Rick Scott"),
    // Titles alone after a title are no name; "General Secretary" and "Empress" are titles.
    Case("There is no basis for removing ⟦Rod Rosenstein⟧ as Deputy Attorney General.", "Rod Rosenstein"),
    Case("Since the accession of General Secretary ⟦Xi Jinping⟧, Emperor ⟦Akihito⟧ and Empress ⟦Michiko⟧ visited.",
         "Xi Jinping", "Emperor Akihito", "Empress Michiko"),
    // A title in the plural before a surname that opens a list; not before a day's name.
    Case("He briefed Presidents ⟦Bush⟧ and ⟦Barack Obama⟧. Senators ⟦McCain⟧ and ⟦Lindsey Graham⟧ replied. On Presidents Day, we sued.",
         "Bush", "Barack Obama", "McCain", "Lindsey Graham"),
    // A holiday is no person, nor is a time after "By" a byline.
    Case("Ahead of Memorial Day, the secretary was questioned.\n\nBy Election Day, ⟦McDonald⟧ said, turnout will be high.",
         "McDonald"),
    // A place's last word alone is the place's, where no full name ends in it; a place's first word
    // is no given name.
    Case("Republicans on ⟦Capitol Hill⟧ say so. Hill aides, however, said it is frustrating.", "@US"),
    // A name that "said its" or "said in its" is a firm's.
    Case("Honeywell Bull said its sales rose. Geogia Power said in its filing that rates fell.",),
    // A name ends in no ordinal: headlines run together.
    Case("Medal of Freedom to economist, former Reagan adviser ⟦Arthur Laffer⟧ Second ex-Senate staffer charged", "Arthur Laffer"),
    // Bodies' nouns end a thing's name.
    Case("The Business Roundtable agreed. Marshall Project reported it. He joined the Officer Training Corps.",),
    // An adverb opening the sentence, or a word of birth or age before a name, is no part of it.
    Case("President ⟦Donald Trump⟧ won. Now ⟦Trump⟧ says he will veto it.", "Donald Trump", "Donald Trump"),
    Case("The ⟦Somali⟧-born ⟦Ilhan Omar⟧ spoke. Seventeen-year-old ⟦Joss Stone⟧ sang.", "@SO", "Ilhan Omar", "Joss Stone"),
    // A city "upon" a river by its first word: Newcastle upon Tyne, not the larger Newcastle of NSW.
    Case("The match in ⟦Newcastle⟧ was called off.", "@GB"),
    // In a headline in title case, an English word that is a given name too before another full
    // name's surname is the headline's verb; not in a byline's list of names.
    Case("Some Democrats To Skip ⟦Obama⟧'s Renomination Party\n\nPresident ⟦Barack Obama⟧ will speak.",
         "Barack Obama", "Barack Obama"),
    // A brand that is a rare given name too names a person only before a listed surname.
    Case("The Apple Powerbook beat the Sony Walkman; ⟦Dell Curry⟧ watched.", "Dell Curry"),
    // A name of two words no cue took is a person where its last word stands alone elsewhere and a
    // title or a person's pronoun goes with it; a firm's pronoun is "it".
    Case("But compatriot ⟦Kenenisa Bekele⟧'s record hopes were dashed when he miscounted his laps. ⟦Bekele⟧ finished second.",
         "Kenenisa Bekele", "Kenenisa Bekele"),
    Case("⟦Tamaoki Watanabe⟧ arrived late. Mr. ⟦Watanabe⟧ declined to comment.", "Tamaoki Watanabe", "Tamaoki Watanabe"),
    Case("Sucocitrico Cutrale said it would export more juice. Cutrale shares rose."),
    Case("Koninklijke Wessanen said it is planning acquisitions. Chairman ⟦Gerrit van Driel⟧ spoke at the presentation of Wessanen's report; he expected growth.",
         "Gerrit van Driel"),
    Case("He formerly headed Kataib Hezbollah, which he founded. Hezbollah fighters came."),
    // The second of two names after a title in the plural; not after "leaders", sports copy's teams.
    Case("He came with golfers ⟦Ernie Els⟧ and ⟦Retief Goosen⟧. Premiership leaders Chelsea and Aston Villa drew.",
         "Ernie Els", "Retief Goosen"),
    // A cricketer's figures after a name; not a side's total.
    Case("⟦Kusal Mendis⟧ hit an unbeaten 87 and ⟦Wanindu Hasaranga⟧ took three for 38. ⟦Sri Lanka⟧ made 251 for nine.",
         "Kusal Mendis", "Wanindu Hasaranga", "@LK"),
    // A capitalised "He" inside a sentence before a word that is no English word is a family name.
    // (In a sentence with words in lower case: a short line of capitals reads as a headline.)
    Case("The chief executive also met with Vice Premier ⟦He Lifeng⟧ in the capital on Monday, and I Think He Did.",
         "He Lifeng"),
    // Two given names joined by a hyphen are a given name; not a town's, a place's or a particle's halves.
    Case("He kept ⟦François-Philippe Champagne⟧ and met ⟦Hans-Joachim Watzke⟧, not Phillips-Van Heusen.",
         "François-Philippe Champagne", "Hans-Joachim Watzke"),
    Case("Flights on the Manila-Hong Kong route and Israel-Sunni Arab ties resumed.", "@PH", "@HK"),
    // An age in apposition after a name; not after a firm, a place, a possessive, or before "the" and a name.
    Case("⟦Zohran Mamdani⟧, a 34-year-old democratic socialist, won. ⟦Mamdani⟧ thanked supporters.",
         "Zohran Mamdani", "Zohran Mamdani"),
    Case("Rekluse, a 10-year-old manufacturer, grew. Outside the city's Royal Infirmary, a 17-year-old girl wept.",),
    Case("Further down Hyde, a 36-year-old man sat. In an interview with McClatchy, the 78-year-old ⟦Clyburn⟧ spoke.",
         "Clyburn"),
    // A country's name before a state's noun is the country throughout, though a full name ends in it.
    Case("⟦Michael Jordan⟧ watched. ⟦Jordan⟧'s King ⟦Abdullah II⟧ said ⟦Jordan⟧ would help.",
         "Michael Jordan", "@JO", "Abdullah II", "@JO"),
    // A dateline's "Georgia" after Georgia's capital is the country; after a US town, the state.
    Case("⟦TBILISI⟧, ⟦Georgia⟧ - Crowds marched. ⟦Georgia⟧'s bid was at risk.", "@GE", "@GE", "@GE"),
    Case("ATHENS, ⟦Georgia⟧ - The university closed.", "@US"),
    // After a town no list holds, the article decides: the country where it names the country otherwise.
    Case("ZUGDIDIX, ⟦Georgia⟧ - ⟦Georgian⟧ police detained protesters.", "@GE", "@GE"),
    Case("SMALLVILLEX, ⟦Georgia⟧ - The county commission voted.", "@US"),
    // A town before a comma and another country's state is that state's town, but not inside a list.
    Case("Protests in ⟦Hong Kong⟧, ⟦Taipei⟧, ⟦Xinjiang⟧ and ⟦Tibet⟧. He lived in Paris, ⟦Texas⟧.",
         "@HK", "@TW", "@CN", "@CN", "@US"),
    // A club's word before a town, in capitals or at a sentence's start, names the club; other capitals do not.
    Case("Real Madrid beat AC Milan. Atletico Madrid drew. BBC ⟦Washington⟧ reported. In ⟦Ohio⟧ it rained.", "@US", "@US"),
    Case("Talks in ⟦Paris⟧ ended; ⟦Germany⟧ objected.", "@FR", "@DE"),
    // A town's name before a meeting or a treaty, a country's before a round of trade talks, names the event.
    Case("The Paris accord held and the Uruguay Round began, but ⟦Uruguay⟧ objected.", "@UY"),
    Case("⟦Swiss⟧ banks and ⟦Dutch⟧ farmers", "@CH", "@NL"),
    // Hard-wrapped wire copy: a name broken across lines is one name.
    Case("The talks were led by ⟦U.S.⟧ Trade Representative ⟦Clayton\nYeutter⟧, officials said.", "@US", "Clayton Yeutter"),
    Case("PRESIDENT ⟦REAGAN⟧ WANTS STABLE OIL PRICES", "Reagan"),
    Case("COMPUTER TERMINAL SYSTEMS COMPLETES SALE",),
    Case("Reading the report, ⟦Douglas Hurd⟧ frowned.", "Douglas Hurd"),
    // Naming traditions.
    Case("⟦Saudi⟧ Crown Prince ⟦Mohammed bin Salman⟧ spoke.", "@SA", "Mohammed bin Salman"),
    Case("Rivals of ⟦Abu Bakr al-Baghdadi⟧ fled.", "Abu Bakr al-Baghdadi"),
    Case("President ⟦Alexander van der Bellen⟧ met ⟦Ursula von der Leyen⟧.", "Alexander van der Bellen", "Ursula von der Leyen"),
    Case("Prime Minister ⟦Kengo wa Dondo⟧ met the novelist ⟦Ngugi wa Thiong'o⟧.", "Kengo wa Dondo", "Ngugi wa Thiong'o"),
    // After a particle in lower case, an English word is a surname: "laden" is one.
    Case("The raid that killed ⟦Osama bin Laden⟧ was in ⟦Pakistan⟧.", "Osama bin Laden", "@PK"),
    Case("⟦George W. Bush⟧ praised ⟦J.K. Rowling⟧.", "George W. Bush", "J.K. Rowling"),
    Case("⟦Martin Luther King Jr⟧. was quoted.", "Martin Luther King Jr"),
    // Given names of the world beyond the US lists, trusted before a surname-shaped word, not
    // where a place's or a thing's name starts.
    Case("⟦Libyans⟧ mark the coup of 1969 that brought ⟦Muammar Gaddafi⟧ to power.", "@LY", "Muammar Gaddafi"),
    Case("He had 57 percent in a Des Moines Register poll; the Qing Dynasty fell in 1911."),
    // A rare given name before a surname ending in "s" is a person; the plural of a word, a team.
    Case("⟦Turkey⟧ - 7 - ⟦Abdullah Ercan⟧, 6 - ⟦Tolunay Kafkas⟧, 10 - ⟦Oguz Cetin⟧", "@TR", "Abdullah Ercan", "Tolunay Kafkas", "Oguz Cetin"),
    Case("It was the best in NFL history, said Eagles owner ⟦Jeffrey Lurie⟧.", "Jeffrey Lurie"),
    // A name's possessive before a relative or a funeral: a person, and the surname alone later
    // is that person. Not after a word of the language ("Following Kennedy's").
    Case("A bomb damaged ⟦Zbynek Hrusovsky⟧'s family home. ⟦Hrusovsky⟧, a former deputy, was unhurt.",
         "Zbynek Hrusovsky", "Zbynek Hrusovsky"),
    Case("\u{201C}It would help your lawns.\u{201D} Following Kennedy\u{2019}s assassination, Johnson made it law."),
    // A common given name alone before a reporting verb, when it starts one full name of the
    // article, is that person.
    Case("Senator ⟦Hillary Clinton⟧ spoke first. Later, ⟦Hillary⟧ said she was tired.", "Hillary Clinton", "Hillary Clinton"),
    // So is a rarer given name alone, before a reporting verb only.
    Case("Energy Ministry spokesman ⟦Umar Wijaya⟧ spoke first. Later, ⟦Umar⟧ said the talks went well.",
         "Umar Wijaya", "Umar Wijaya"),
    // Scorers in a match summary: names and minutes in brackets after a side's score.
    Case("Kirkwall 2 (⟦Baird⟧ 43, 46 penalty) Thurso 3 (⟦Gunn⟧ 10, ⟦Sinclair⟧ 55 88, ⟦Mackay\nRoss⟧ 71).",
         "Baird", "Gunn", "Sinclair", "Mackay Ross"),
    Case("It was called Presidential Policy Directive 20 (PPD 20) and stayed secret."),
    Case("Scores: Kent 172 all out in 49.2 overs (⟦Sewnarine Chatterpaul⟧ 54); ⟦Essex⟧ 173-5 in 48.4 overs (⟦Lorcan Tredwell⟧ 57 not out).",
         "Sewnarine Chatterpaul", "@GB", "Lorcan Tredwell"),
    // "Prophet" is a title: "the prophet Mohammed", "the Prophet Muhammad".
    Case("He said the prophet ⟦Mohammed⟧ was the messenger.", "Mohammed"),
    // A name right after a relative is a person.
    Case("The governor's eldest son, ⟦Bima Wirasakti⟧, runs the firm.", "Bima Wirasakti"),
    // The first word of a company's name ("Pemberton Gold Corp") alone is the company in that article.
    Case("Talks between Pemberton Gold Corp and Marlin Ltd went on. Pemberton said the talks would resume."),
    // So does a word no list holds before one in -s that is no English plural; teams end in one.
    Case("The memo was old, ⟦Reince Priebus⟧ said. The Dallas Mavericks said nothing.", "Reince Priebus"),
    // A country's name that is a common given name, before a surname; alone, the person's when the
    // article gives the full name, but after a place's preposition.
    Case("⟦Chad Ogea⟧ pitched well. Troops from ⟦Chad⟧ arrived.", "Chad Ogea", "@TD"),
    Case("⟦Michael Jordan⟧ scored 30. ⟦Jordan⟧ also had 10 rebounds before the team flew to ⟦Jordan⟧.",
         "Michael Jordan", "Michael Jordan", "@JO"),
    Case("Shares fell on the Paris Bourse.",),
    // "Can", "Will" open a question in a headline or a sentence, unless a finite verb follows the name.
    Case("After ⟦Minneapolis⟧, Can ⟦Trump⟧’s Law-And-Order Strategy Work?\nPresident ⟦Donald Trump⟧ said nothing.",
         "@US", "Donald Trump", "Donald Trump"),
    Case("⟦Will Smith⟧ co-stars with robots.", "Will Smith"),
    // Nor mid-line, before a country, in a video's caption.
    Case("JUST WATCHED Will ⟦Russia⟧ sell missiles to ⟦Iran⟧? Replay More Videos", "@RU", "@IR"),
    // A scorer's minute or a pitcher's record after a surname-shaped word.
    Case("⟦Pettite⟧ (19-7) allowed two runs.\n⟦Canada⟧ - ⟦Aunger⟧ (41st min, pen)", "Pettite", "@CA", "Aunger"),
    // (Not an ordinal that goes on: "2nd quarter".)
    Case("Sales at Lindqvist 2nd quarter rose.",),
    // Web pages' hover cards glued to the next word: the name is the link text's.
    Case("President ⟦Trump⟧ Donald John TrumpGOP lawmakers met ⟦Lindsey Graham⟧ Lindsey Olin GrahamGOP aides.",
         "Trump", "Lindsey Graham"),
    Case("Leader ⟦Charles Schumer⟧ ⟦Charles⟧ (Chuck) Ellis Schumer⟦Trump⟧ spoke. ⟦Wee Kim Wee⟧ said so.",
         "Charles Schumer", "Charles Schumer", "Trump", "Wee Kim Wee"),
    Case("It joined ⟦T.O'Gorman⟧ 109 not out, and ⟦Donald Trump⟧ GOP aides.", "T. O'Gorman", "Donald Trump"),
    // One spelling per name: a middle initial takes its dot, a curly apostrophe is straight.
    Case("⟦George W Bush⟧ met him, ⟦Beto O’Rourke⟧ said; ⟦Malcolm X⟧ did not.", "George W. Bush", "Beto O'Rourke", "Malcolm X"),
    // A sea, a gulf or a forest ends a place's or a firm's name, not a person's.
    Case("Oil from the Caspian Sea and Noranda Forest shares rose.",),
    // The name after "&" is a firm's, so is a name before "boss" or "analyst".
    Case("Accountancy firm Ernst & Young said the former Shell boss was wrong, Shell said.",),
    Case("Apple has expanded its iPod family. Apple said sales rose.",),
    // An English word before a common given name ends what came before; a state's short form opens no name.
    Case("Under Secretary of State for Economic Affairs ⟦Allen Wallis⟧ said N.Y. Cotton futures fell; ⟦W.A. Kistler⟧ agreed.",
         "Allen Wallis", "W.A. Kistler"),
    // A surname before a politician's campaign or government is the politician, even after "the";
    // not an organisation's "Campaign", a word opening a sentence, a line in title case.
    Case("The ⟦Dole⟧ campaign met ⟦Dole⟧ aides. Later ⟦Dole⟧ decided.", "Dole", "Dole", "Dole"),
    Case("The Brady Campaign said so. Senior administration officials agreed.\nPoll Edge in Early Campaign",),
    // Before "administration" or "presidency" in lower case, a name no surname list holds is the
    // leader; not a body's "Administration", a ticket, an adjective, a short word opening a dateline's sentence.
    Case("The ⟦Obama⟧ administration and the ⟦Erdogan⟧ presidency differ.", "Obama", "Erdogan"),
    Case("The Drug Enforcement Administration, the Obama-Biden administration and the Kurdish administration.\n\n⟦WASHINGTON⟧—Top administration officials met.", "@US"),
    // A place's name that is the surname of a player the article names: his deeds and epithets make
    // it his; alone it stays the place.
    Case("⟦MaliVai Washington⟧ said he won. The 11th-seeded ⟦Washington⟧ fell, and then ⟦Washington⟧ came back. ⟦Washington⟧ later grew.",
         "MaliVai Washington", "MaliVai Washington", "MaliVai Washington", "@US"),
    // News copy introduces a person by the full name: the capitalised word before the first
    // mention of a surname the article uses alone is the given name ("Mitt" is in no given-name list),
    // not a title, another person's name, or a word inside a longer name.
    Case("Republican challenger ⟦Mitt Romney⟧, who has criticized it, spoke. Mr. ⟦Romney⟧ said so.",
         "Mitt Romney", "Mitt Romney"),
    Case("The Mitt Romney Foundation gave. Mr. ⟦Romney⟧ said so.", "Romney"),
    // A smaller town named in two words or more is no person ("Alice Springs" has a given name's shape).
    Case("Sales rose in Beverly Hills and Alice Springs, Mayor ⟦Park Ridge⟧ said.", "Park Ridge"),
    // Nor a name that opens with a word of places' names ("Lake", "San", "Santa", "Port").
    Case("Shipping on Lake Erie resumed, San Quirico said, and Port Jerome agreed.",),
    // After a title, a body's noun or a verb is no name.
    Case("Hating The President Is Not a Strategy.\nThe ⟦U.S.⟧ Marshals Service said he fled.", "@US"),
    // Regnal numbers: in capitals, and "I" only after a royal's title and one name.
    Case("1533 - Queen ⟦Elizabeth I⟧ born. Daughter of ⟦Henry VIII⟧.", "Elizabeth I", "Henry VIII"),
    Case("POPE ⟦BENEDICT XVI⟧ RESIGNS", "Benedict XVI"),
    Case("\"King ⟦Fahd⟧ I think was right,\" he said.", "King Fahd"),
    Case("⟦Joe Biden⟧ spoke; ⟦Biden⟧'s plan passed.", "Joe Biden", "Joe Biden"),
    Case("⟦Xi Jinping⟧ spoke. Later Mr. ⟦Xi⟧ left.", "Xi Jinping", "Xi Jinping"),
    Case("⟦Xie Zhenhua⟧, ⟦China⟧'s climate envoy, said talks went well.", "Xie Zhenhua", "@CN"),
    // Named after people, but not people.
    Case("Ford Motor and Kennedy Airport were named after people, as was the Nobel Prize.",),
    // Ambiguous places.
    Case("⟦Atlanta⟧, ⟦Georgia⟧: officials said the storm hit.", "@US", "@US"),
    Case("⟦Tbilisi⟧, ⟦Georgia⟧: the government said troops withdrew.", "@GE", "@GE"),
    Case("⟦Michael Jordan⟧ visited ⟦Amman⟧, ⟦Jordan⟧.", "Michael Jordan", "@JO", "@JO"),
    // A city named like a US city is the US one in a story about the US that does not name the
    // other country; else the other country's.
    Case("⟦U.S.⟧ prosecutors said the trial in ⟦Alexandria⟧ would start in May. The ⟦U.S.⟧ judge agreed.", "@US", "@US", "@US"),
    Case("Protesters in ⟦Alexandria⟧ clashed with police. An ⟦American⟧ tourist was hurt.", "@EG", "@US"),
    // So is a small capital ("Georgetown"), not a large one ("Athens").
    Case("⟦U.S.⟧ officials said students at ⟦Georgetown⟧ protested. The ⟦U.S.⟧ plan was praised.", "@US", "@US", "@US"),
    Case("⟦U.S.⟧ officials said talks in ⟦Athens⟧ failed. The ⟦U.S.⟧ plan was praised.", "@US", "@GR", "@US"),
    Case("Police in ⟦Georgetown⟧ said the ⟦Guyana⟧ election was calm.", "@GY", "@GY"),
    // An office not yet taken up is a title: "Vice" is no one's name.
    Case("He told Vice President-elect ⟦Mike Pence⟧ and Governor-elect ⟦Jay Inslee⟧ about the talks.", "Mike Pence", "Jay Inslee"),
    // A word in capitals that opens or ends a list is an acronym; inside it, a person's initials.
    Case("Contributing: ⟦Savannah Behrmann⟧ and ⟦Grace Hauck⟧, CNN", "Savannah Behrmann", "Grace Hauck"),
    // A network's or a pollster's name ("Fox News", "Pew Research", "a new Gallup poll") makes the
    // word alone the network's; not a campaign's advertising ("a Romney TV ad").
    Case("⟦Kelly Ayotte⟧ told Fox on Sunday that Fox News had the story.", "Kelly Ayotte"),
    Case("Pew says most adults agree, the Pew Research Center found."),
    Case("A new Gallup poll found support fell. Gallup says 6 in 10 adults agree."),
    Case("Harvard rescinded his admission. Harvard said the decision was final, and Harvard University declined to comment."),
    Case("⟦Romney⟧ said the economy was weak, and a Romney TV ad said so too.", "Romney"),
    // No name: a letter alone, an acronym's plural, the end of a longer name before "aides", "The
    // New Yorker", "Hey"; a title in lower case that is an adjective, unless a given name follows.
    Case("Dr. K weighs in on the race, and General O agreed."),
    Case("The navy SEALs wrote on Facebook that the boys were safe."),
    Case("Top West Wing aides are exasperated."),
    Case("For instance, The New Yorker asked whether it mattered. UPDATE - Hey, who wants some more speculation?"),
    Case("The major Watergate case held that privilege is not absolute, said the retired general ⟦David Petraeus⟧.", "David Petraeus"),
    // An English word before a given name and a surname is the end of a title or a role; a common
    // given name that is a town too ("George", "David") starts a person's name before a word that is
    // no English plural, not a team's before one that is.
    Case("ABC News chief anchor ⟦George Stephanopoulos⟧ said so.", "George Stephanopoulos"),
    Case("House Minority Whip ⟦Steny Hoyer⟧ said so, and former Miss Universe ⟦Alicia Machado⟧ agreed.", "Steny Hoyer", "Alicia Machado"),
    Case("The Dallas Mavericks beat the Charlotte Hornets."),
    // A web page's hover card after a link's name: "Joseph (Joe) Manchin" is no part of it.
    Case("Sen. ⟦Joe Manchin⟧ Joseph (⟦Joe⟧) ManchinFormer coal executive ⟦Don Blankenship⟧ launched a bid.",
         "Joe Manchin", "Joe Manchin", "Don Blankenship"),
    // A party and a state, a letter alone, a country's initials, a unit after its number, "Mom" and
    // "OK" in capitals are no one.
    Case("Republicans including Reps. ⟦Mark Meadows⟧, R-N.C., ⟦Jim Jordan⟧, R-Ohio, ⟦Devin Nunes⟧, and ⟦John Ratcliffe⟧ agreed.",
         "Mark Meadows", "Jim Jordan", "Devin Nunes", "John Ratcliffe"),
    Case("The Navy's 7th Fleet said searchers found the bodies. My Mom, who I lost eight years ago, was kind. I said OK and went on."),
    // A syndicate, a show's "File" and an air base are things; a link's verb opening a sentence is
    // no given name.
    Case("© 2020 by King Features Syndicate. He spoke on The Kelly File on Monday."),
    Case("The president arrived at Andrews Air Force Base on Friday."),
    Case("Read ⟦Patrick Buchanan⟧'s column on trade.", "Patrick Buchanan"),
    // A link's text is no name, nor is "Well" opening a sentence.
    Case("The recording shocked the president Read more\n\nThe aide left."),
    Case("Well, who are you then? Well, we are going to bomb more."),
    // A headline's verb before a name alone is no given name (and ends the name before it).
    Case("Update at 12:55 p.m.: ⟦Biden⟧ Congratulates ⟦Abadi⟧\n\nVice President ⟦Joe Biden⟧ called Prime Minister-designate ⟦Abadi⟧, who thanked him.",
         "Joe Biden", "Abadi", "Joe Biden", "Abadi"),
    // After an honorific, a place's name is a surname; not after other titles, nor a country's
    // other name.
    Case("Mr. ⟦Hamilton⟧ said the plan would work, and Sen. ⟦Jordan⟧ agreed.", "Hamilton", "Jordan"),
    Case("Miss ⟦Ohio⟧ won the crown. He watched Mrs. ⟦America⟧ on Hulu.", "@US", "@US"),
    // So is a town's, unless a place's preposition comes before it or its state after it.
    Case("⟦Alexander Hamilton⟧ wrote it. ⟦Hamilton⟧ warned of intrigue, and the Hamilton Electors agreed.",
         "Alexander Hamilton", "Alexander Hamilton"),
    Case("Rep. ⟦Raul Labrador⟧ left the group. Advocates were banking on ⟦Labrador⟧ as a key player; ⟦Labrador⟧'s office said so.",
         "Raul Labrador", "Raul Labrador", "Raul Labrador"),
    Case("Fishing fleets off ⟦Newfoundland⟧ and ⟦Labrador⟧ and in ⟦Labrador⟧ were idle.", "@CA", "@CA", "@CA"),
    Case("⟦Leah Lagos⟧ spoke in ⟦Lagos⟧.", "Leah Lagos", "@NG"),
    // Places inside hyphenated words: pairs of countries and combining forms, every part a country;
    // a place before "-based", "-led" … (not a person's surname before it); not a heritage, a firm, a name.
    Case("⟦Guinea-Bissau⟧ and ⟦Timor-Leste⟧ voted.", "@GW", "@TL"),
    Case("The ⟦Iran⟧-⟦Iraq⟧ war and ⟦Sino⟧-⟦Japanese⟧ ties. Husky said ⟦Hong Kong⟧-based Hutchison bid; a ⟦Saudi⟧-led force. Cuban-American voters, Rolls-Royce and Jean-Marie.",
         "@IR", "@IQ", "@CN", "@JP", "@HK", "@SA"),
    Case("Troops from ⟦Chad⟧ and ⟦Niger⟧ joined forces from ⟦Turkey⟧.", "@TD", "@NE", "@TR"),
    Case("The festival in Paris, ⟦Texas⟧ drew crowds.", "@US"),
    Case("⟦George Washington⟧ crossed the river; ⟦Washington⟧ later grew.", "George Washington", "@US"),
    Case("Scorers: ⟦Dean Saunders⟧ (2nd minute), ⟦Vladimir Makovsky⟧ (35th)", "Dean Saunders", "Vladimir Makovsky"),
    Case("King ⟦Fahd⟧ spoke; later ⟦Fahd⟧ left.", "King Fahd", "King Fahd"),
    // A royal's title and given name: the article's royal with that given name and a patronymic,
    // a monarch's number or a royal's title of their own; not anyone else with that given name.
    Case("Crown Prince ⟦Mohammed bin Salman⟧ hosted ⟦Joe Biden⟧. Prince ⟦Mohammed⟧ denied any role.",
         "Mohammed bin Salman", "Joe Biden", "Mohammed bin Salman"),
    Case("Emir Sheikh ⟦Tamim bin Hamad al-Thani⟧ arrived. Sheikh ⟦Tamim⟧ met the press.",
         "Tamim bin Hamad al-Thani", "Tamim bin Hamad al-Thani"),
    Case("Queen ⟦Elizabeth II⟧ opened it. Later Queen ⟦Elizabeth⟧ left.", "Elizabeth II", "Elizabeth II"),
    Case("A statue of King ⟦George VI⟧ stood there, and Prince ⟦George⟧ walked past.", "George VI", "Prince George"),
    Case("Prince ⟦Harry⟧ watched ⟦Harry Kane⟧ score.", "Prince Harry", "Harry Kane"),
    // A word no list holds that starts the article's full name, alone before a reporting verb: the
    // person's given name (Thai copy), or a family name written first.
    Case("Former prime minister ⟦Thaksin Shinawatra⟧ returned. ⟦Thaksin⟧ said he was happy.", "Thaksin Shinawatra", "Thaksin Shinawatra"),
    Case("Secretary-General ⟦Ban Ki-moon⟧ arrived. ⟦Ban⟧ said the talks would go on.", "Ban Ki-moon", "Ban Ki-moon"),
    // A relative's or an occupation's noun after a possessive, then the name between commas; a
    // relative is called by the given name, which is the article's full name's.
    Case("⟦Ronald Reagan⟧'s wife, ⟦Nancy⟧, admitted it. His lawyer, ⟦Rudy Giuliani⟧, said so.", "Ronald Reagan", "Nancy", "Rudy Giuliani"),
    // (A stop at the end of a line ends the name too, unlike a web address's.)
    Case("a dinner with the prime minister's wife, ⟦Sara⟧.\nTrump will meet them.", "Sara"),
    Case("⟦Jeb Bush⟧ ran. ⟦George W. Bush⟧ said his brother, ⟦Jeb⟧, would win. ⟦Jeb⟧ said he was grateful.",
         "Jeb Bush", "George W. Bush", "Jeb Bush", "Jeb Bush"),
    Case("a company run by ⟦Hillary Clinton⟧'s brother, FoxNews.com has confirmed. My mother, Dallas-born, laughed.",
         "Hillary Clinton"),
    // An athlete's sport before the name, as a title.
    Case("⟦Swedish⟧ golfer ⟦Per-Ulrik Johansson⟧ shot 68, and snowboarder ⟦Red Gerard⟧ won.", "@SE", "Per-Ulrik Johansson", "Red Gerard"),
    // Honorifics of Nigerian, Malaysian and Indian copy are no part of the name.
    Case("Former vice president Alhaji ⟦Atiku Abubakar⟧ filed a petition. Tan Sri ⟦Muhyiddin Yassin⟧ and Datuk Seri ⟦Anwar Ibrahim⟧ met; Smt. ⟦Sonia Gandhi⟧ chaired.",
         "Atiku Abubakar", "Muhyiddin Yassin", "Anwar Ibrahim", "Sonia Gandhi"),
    // A Vietnamese name is short for its last word, the given name.
    Case("Prime Minister ⟦Pham Minh Chinh⟧ met investors. ⟦Chinh⟧ said growth would pick up; party chief ⟦Nguyen Phu Trong⟧ agreed, and ⟦Trong⟧ left.",
         "Pham Minh Chinh", "Pham Minh Chinh", "Nguyen Phu Trong", "Nguyen Phu Trong"),
    // An age after a word no list holds: a surname of its own.
    Case("⟦Tinubu⟧, 70, is a former governor of ⟦Lagos⟧.", "Tinubu", "@NG"),
    // A surname alone before "who" or a relative, even one that is a common given name too, when it
    // is twice as often a surname; not a town after its preposition, nor a court case's party.
    Case("The court considered whether ⟦Ross⟧, who holds a degree in economics, was competent.", "Ross"),
    Case("A mother in Reno, who was knocking on doors, agreed."),
    Case("He would never appoint a justice who opposes Roe v Wade, who opposes that right."),
    // A given name alone there is the article's full name that starts with it.
    Case("⟦Rand Paul⟧ spoke first. ⟦Rand⟧, who failed to inspire, left.", "Rand Paul", "Rand Paul"),
    // A word no list holds, before a surname and "who", is a given name; not a firm's, a nation's or a
    // place's first word after a preposition of belonging, nor before "whose" with no relative.
    Case("Police came at noon. ⟦Fralen Allen⟧, who works nearby, was stunned.", "Fralen Allen"),
    Case("⟦Warren Buffett⟧ of Berkshire Hathaway, who is sitting on cash, said no.", "Warren Buffett"),
    Case("Leaders of the Tohono O'odham Nation, whose lands lie there, objected. He feuded with ⟦Khizr Khan⟧, whose son was killed.",
         "Khizr Khan"),
    Case("⟦Peña Nieto⟧, who met Trump on Wednesday, spoke. President ⟦Enrique Peña Nieto⟧ left. ⟦Nieto⟧ said nothing.",
         "Enrique Peña Nieto", "Enrique Peña Nieto", "Enrique Peña Nieto"),
    Case("Veteran journalist ⟦Cokie Roberts⟧, who joined NPR in 1978, has died. Her husband, ⟦Steven V. Roberts⟧, survives her.",
         "Cokie Roberts", "Steven V. Roberts"),
    // A knight or a dame is styled by the given name: the article's full name that starts with it.
    Case("Labour leader ⟦Keir Starmer⟧ replied. Sir ⟦Keir⟧ said families were worse off.", "Keir Starmer", "Keir Starmer"),
    // A word no list holds that starts the article's full name, alone before "who".
    Case("Prime Minister ⟦Abiy Ahmed⟧ spoke. ⟦Abiy⟧, who won the prize in 2019, left.", "Abiy Ahmed", "Abiy Ahmed"),
    // A capital's name that is a common given name, before a surname where the city could not stand.
    Case("⟦Paris Hilton⟧ launched a fragrance in ⟦Las Vegas⟧. ⟦Hilton⟧ said fans had waited.", "Paris Hilton", "@US", "Paris Hilton"),
    Case("From London Romney will travel on. London Brent crude closed lower."),
    // A compass point after a rarer given name that is no word, place or surname is a surname too.
    Case("Rapper ⟦Kanye West⟧ spoke. ⟦West⟧, 44, lives in ⟦Chicago⟧. Two staff of Success Academy Harlem West agreed.",
         "Kanye West", "Kanye West", "@US"),
    // A network, an agency or a pollster named like a person, unless the article names the person.
    Case("A senior aide told Fox that the talks failed. Gallup says most voters agree, Bloomberg reported."),
    Case("Former President ⟦Vicente Fox⟧ spoke in ⟦Mexico City⟧. ⟦Fox⟧ said the wall was absurd.",
         "Vicente Fox", "@MX", "Vicente Fox"),
    // A word inside a long name, alone before a reporting verb, is that person: Brazil's "Lula".
    Case("President ⟦Luiz Inácio Lula da Silva⟧ declined to comment. ⟦Lula⟧ said the courts had spoken.",
         "Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"),
    // A short form with or without its accents (or a curly apostrophe) is the full name's person.
    Case("⟦Turkish⟧ President ⟦Recep Tayyip Erdoğan⟧ warned the EU. ⟦Erdogan⟧ said no.", "@TR", "Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"),
    Case("President ⟦Sebastian Pinera⟧ left. ⟦Piñera⟧ said the protests would end. ⟦Pinera⟧ added more.",
         "Sebastian Pinera", "Sebastian Pinera", "Sebastian Pinera"),
    Case("Host ⟦Conan O'Brien⟧ joked. ⟦O’Brien⟧ said it was fun.", "Conan O'Brien", "Conan O'Brien"),
    // A party's and a state's mark ends before the next sentence's name ("D-N.Y." is no initial).
    Case("said Rep. ⟦Alexandria Ocasio-Cortez⟧, D-N.Y. ⟦Ocasio-Cortez⟧ added that the vote was close.",
         "Alexandria Ocasio-Cortez", "Alexandria Ocasio-Cortez"),
    // Place names written with accents (or a curly apostrophe) the lists lack match without them;
    // those the lists have match as written ("Salé" is no "sale").
    Case("Officials at ⟦the Élysée⟧ agreed; the ⟦People’s Republic of China⟧ did not. ⟦Salé⟧ was calm.",
         "@FR", "@CN", "@MA"),
    // A storm's name is no person's.
    Case("Tropical Storm Harvey flooded ⟦Houston⟧ as Winter Storm Jonas hit ⟦Boston⟧.", "@US", "@US"),
    Case("Hurricane Florence neared ⟦North Carolina⟧. Florence made landfall on Friday.", "@US"),
    // An occupation opening a sentence is no part of the name.
    Case("Drummer ⟦Chad Smith⟧ said he would tour.", "Chad Smith"),
    // A surname's Arabic article drops in the short form ("Sadr City" stays a place's name).
    Case("Cleric ⟦Moqtada al-Sadr⟧ called for calm in ⟦Sadr City⟧. ⟦Sadr⟧ said the militia would withdraw.",
         "Moqtada al-Sadr", "@IQ", "Moqtada al-Sadr"),
    Case("President ⟦Abdel Fattah el-Sisi⟧ spoke. ⟦Sisi⟧ said ⟦Egypt⟧ would act.", "Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi", "@EG"),
    // A listed given name opening a sentence, before a surname the article uses alone: the full
    // name; not a question ("Will ..."), nor a team or a firm before a title or another name.
    Case("⟦Novak Djokovic⟧ won the final. ⟦Djokovic⟧ said he was delighted.", "Novak Djokovic", "Novak Djokovic"),
    Case("⟦Will Fischer⟧, director of government relations, spoke. ⟦Fischer⟧ said the plan would fail.", "Will Fischer", "Will Fischer"),
    Case("Will ⟦Obama⟧ wait? ⟦Obama⟧ said he would.", "Obama", "Obama"),
    Case("Aston Villa boss ⟦David O'Leary⟧ spoke. ⟦O'Leary⟧ said Villa would win.", "David O'Leary", "David O'Leary"),
    Case("GREENWICH, ⟦Conn.⟧, March 3 - Shares rose.", "@US"),
    Case("⟦PEKING⟧, March 3 - Output rose.", "@CN"),
    Case("⟦BEIJING⟧ (Reuters) - Output rose.", "@CN"),
    // Today's wire datelines: an agency after the date or the country, AP's dash after the place.
    Case("⟦LONDON⟧, Nov 3 (Reuters) - Shares fell.", "@GB"),
    Case("⟦KYIV⟧, ⟦Ukraine⟧ (Reuters) - The grid was hit.", "@UA", "@UA"),
    Case("⟦NAIROBI⟧, ⟦Kenya⟧ — Rains fell.", "@KE", "@KE"),
    Case("⟦BEIJING⟧ — Officials said on Monday.", "@CN"),
    Case("⟦US⟧ - ⟦China⟧ trade talks resumed.", "@US", "@CN"),
    Case("⟦WASHINGTON⟧, March 3 - The Senate voted.", "@US"),
    Case("⟦RICHMOND⟧, ⟦Va.⟧ Feb 26 - Qtly div 8 cts.", "@US", "@US"),
    Case("⟦MONTREAL⟧, Feb 26 - Ivaco said steel prices fell.", "@CA"),
    // Sports results: a given name before a surname ending in "s" is a person, a place before one a team.
    Case("2 - ⟦Monica Seles⟧ (⟦U.S.⟧) beat ⟦Paul Haarhuis⟧ (⟦Netherlands⟧) 6-3", "Monica Seles", "@US", "Paul Haarhuis", "@NL"),
    Case("The Houston Rockets beat the Dallas Mavericks."),
    // Two sides, each with a score, make a match result between teams, table rows joined or not.
    // A nickname in quotes between a given name and a surname is part of the mention, not the name.
    Case("Boxing legend ⟦Roberto \"Hands of Stone\" Duran⟧ faces ⟦Hector “Macho” Camacho⟧. ⟦Camacho⟧ won.",
         "Roberto Duran", "Hector Camacho", "Hector Camacho"),
    // Firms named like people, whose founders the news rarely means.
    Case("Morgan Stanley said profits rose; Merrill Lynch and Wells Fargo agreed with Drexel Burnham Lambert.",),
    // A listed firm's first or last word alone is the firm too; initials are one token in the lexicon as in text.
    Case("E.F. Hutton and Co and Merrill Lynch said on Monday. Hutton said it would buy. Merrill said it would not.",),
    // Firms: French, Italian and Spanish words of their names; a name the article gives with "Industries".
    Case("Regie Nationale des Usines Renault and Banca Commerciale Italiana agreed.",),
    Case("A court stopped Mark IV Industries Inc from buying. Mark IV said it would appeal.",),
    // A list that is a firm's name, its partners one after another.
    Case("The offering is underwritten by Johnson, Lane, Space, Smith and Co Inc. Analysts at Merrill Lynch, Pierce, Fenner and Smith agreed.",),
    // A plural in a list of people names a group.
    Case("Reagan worked with ⟦Dan Rostenkowski⟧ and ⟦Bob Packwood⟧ and ⟦Ted Kennedy⟧ and Democrats back then.",
         "Dan Rostenkowski", "Bob Packwood", "Ted Kennedy"),
    // Shows, presses and energy firms named after people or places are things.
    Case("He told the Howard Stern Show, the Jackson Free Press and Cloud Peak Energy nothing.",),
    // A ship's name is the ship's wherever the article repeats it.
    Case("Sailors on the aircraft carrier Carl Vinson waited. The Carl Vinson leads a group with the carriers Vinson and Enterprise.",),
    // A name the article uses for a publication is no person's.
    Case("Zycie Warszawy daily said on Saturday. Zycie Warszawy said its publisher would sell.",),
    Case("Her attorney, ⟦Barbara “Biz” Van Gelder⟧, said so.", "Barbara Van Gelder"),
    // A surname alone before a count of what only a player does ("points", "rebounds"; a side
    // scores goals and runs too).
    Case("⟦Rodman⟧ grabbed 15 rebounds and ⟦Olajuwon⟧ had 30 points. Ajax scored two goals.", "Rodman", "Olajuwon"),
    // A common given name and an English word, joined by "and" or "or" to a full name no word is.
    Case("⟦Emmanuel Macron⟧ and ⟦Angela Merkel⟧ met on Monday. Critics of ⟦Newt Gingrich⟧ and ⟦Karl Rove⟧ agreed.",
         "Emmanuel Macron", "Angela Merkel", "Newt Gingrich", "Karl Rove"),
    // A body's initials open no name; share buttons before a caption are no given name.
    Case("⟦U.S.⟧ Ambassador to the U.N. ⟦Susan Rice⟧, who spoke, left.", "@US", "Susan Rice"),
    Case("Facebook Twitter Pinterest ⟦Mark Zuckerberg⟧ says Facebook has to change.", "Mark Zuckerberg"),
    // Titles without their stop, and offices the curated list lacks; not "Sen", a surname, nor
    // "Constable" alone, nor a state's initials, which are a person's too.
    Case("Rep ⟦Jerry Nadler⟧, Col ⟦Alexander Vindman⟧ and Gov ⟦Gretchen Whitmer⟧ spoke.", "Jerry Nadler", "Alexander Vindman", "Gretchen Whitmer"),
    Case("Chief Constable ⟦Ian Hopkins⟧ and Co-host ⟦Whoopi Goldberg⟧ spoke.", "Ian Hopkins", "Whoopi Goldberg"),
    Case("Economist ⟦Amartya Sen⟧ said so. ⟦Sen⟧ added more.", "Amartya Sen", "Amartya Sen"),
    Case("The painter ⟦John Constable⟧ sold it. ⟦C.T. Vivian⟧ said so.", "John Constable", "C.T. Vivian"),
    // A family's plural after "the" is the one full name with that surname; not two's, not a people's.
    Case("⟦Joe Biden⟧ called. The ⟦Bidens⟧ were at home, and ⟦Biden⟧'s aides agreed.", "Joe Biden", "Joe Biden", "Joe Biden"),
    Case("Senator ⟦Robert Kennedy⟧ met Senator ⟦Edward Kennedy⟧. The Kennedys were at home.", "Robert Kennedy", "Edward Kennedy"),
    Case("Mayor ⟦John Iraqi⟧ said the ⟦Iraqis⟧ had left.", "John Iraqi", "@IQ"),
    Case("The Scout Oath and ⟦John Wilson⟧ guided him. There will be more Donald Trumps and ⟦Roy Moore⟧.", "John Wilson", "Roy Moore"),
    Case("⟦Tim Daly⟧ of Michael Foods and ⟦Kenneth Bowman⟧ spoke.", "Tim Daly", "Kenneth Bowman"),
    // A surname that is an English word too, set off by commas after a role, before a reporting verb.
    Case("A police spokesman, ⟦Klaas Wilting⟧, said the paintings were found.", "Klaas Wilting"),
    Case("The ⟦French⟧ president, ⟦Emmanuel Macron⟧, confirmed it.", "@FR", "Emmanuel Macron"),
    // Relations are titles in lower case only, roles too in a headline in capitals; no name holds a digit.
    Case("The A340 and its sister A330 aircraft flew.",),
    Case("MCORP TO CONVERT 35 MEMBER BANKS TO BRANCHES",),
    // Relations are titles in lower case only.
    Case("\"It is the end,\" said his mother ⟦Nurbika Mamatuyeva⟧.", "Nurbika Mamatuyeva"),
    Case("Mother Jones posted the tape. Even Uncle Sam gets the joke.",),
    Case("Aston Villa 1 Chelsea 1\nNottingham Forest 2 Middlesbrough 1",),
    Case("1. ⟦Alex Zanardi⟧ (⟦Italy⟧) , Reynard Honda , 53.980", "Alex Zanardi", "@IT"),
    Case("Alba (⟦Germany⟧) 75 Red Star (⟦Yugoslavia⟧) 70 Real Madrid (⟦Spain⟧) 88 Maccabi (⟦Israel⟧) 80",
         "@DE", "@RS", "@ES", "@IL"),

    // Cricket scorecards and line-ups.
    Case("West Indies 245 (⟦Lara⟧ 45, ⟦Chanderpaul⟧ 67; ⟦Ambrose⟧ 3-22).", "Lara", "Chanderpaul", "Ambrose"),
    Case("Bowling: ⟦Vass⟧ 7-0-29-0, ⟦Muralitharan⟧ 10-1-41-2.", "Vass", "Muralitharan"),
    Case("Aston Villa 2 (3-1 on penalties) Chelsea 1.",),
    Case("⟦S. Law⟧ c ⟦Tillekeratne⟧ b ⟦Dharmasena⟧ 13", "S. Law", "Tillekeratne", "Dharmasena"),
    // A town's name between a scorecard's marks and the runs is a player's; a bowling list goes on
    // past a name found already.
    Case("⟦Inzamam-ul-Haq⟧ c ⟦Germon⟧ b ⟦Vaughan⟧ 12\nBowling: ⟦Doull⟧ 12-2-34-1, ⟦Vaughan⟧ 10-4-21-1.",
         "Inzamam-ul-Haq", "Germon", "Vaughan", "Doull", "Vaughan"),
    Case("⟦Ata-ur-Rehman⟧ c ⟦Knight⟧ b ⟦Hollioake⟧ 2", "Ata-ur-Rehman", "Knight", "Hollioake"),
    Case("Team: ⟦Roy Keane⟧, ⟦Harte⟧, ⟦McLoughlin⟧, ⟦Denis Irwin⟧ and ⟦Quinn⟧.", "Roy Keane", "Harte", "McLoughlin", "Denis Irwin", "Quinn"),
    // A team sheet by positions, groups between semicolons after the side's name: surnames no list
    // holds are players too; a name a rule cut in the line of capitals keeps its given names.
    Case("Arsenal : ⟦Seaman⟧ ; ⟦Dixon⟧ , ⟦Adams⟧ , ⟦Bould⟧ , ⟦Keown⟧ , ⟦Winterburn⟧ ; ⟦Vieira⟧ , ⟦Platt⟧ , ⟦Merson⟧ ; ⟦Wright⟧ , ⟦Bergkamp⟧ .",
         "Seaman", "Dixon", "Adams", "Bould", "Keown", "Winterburn", "Vieira", "Platt", "Merson", "Wright", "Bergkamp"),
    Case("⟦Liverpool⟧ : ⟦David James⟧ ; ⟦Rob Jones⟧ , ⟦Mark Wright⟧ , ⟦Stig Inge Bjornebye⟧ ; ⟦Jason McAteer⟧ .",
         "@GB", "David James", "Rob Jones", "Mark Wright", "Stig Inge Bjornebye", "Jason McAteer"),
    // (Not a byline's credits: names and papers.)
    Case("Contributing: ⟦Ryan Martin⟧, Indianapolis Star; ⟦Kirk Brown⟧, Anderson Independent Mail; ⟦Sam Bell⟧, Fresno Bee; ⟦Al Diaz⟧, Miami Herald.",
         "Ryan Martin", "Kirk Brown", "Sam Bell", "Al Diaz"),
    // The firm after a job's holder and "of" or "at" is an employer; "with" joins people.
    Case("Analyst ⟦Egizio Bianchini⟧ of Nesbitt Burns said the find was huge.", "Egizio Bianchini"),
    Case("The board replaced chief executive ⟦Tim Koogle⟧ with ⟦Terry Semel⟧, who said he was glad.", "Tim Koogle", "Terry Semel"),
    // An acronym in the plural names a group; a party's label before a name is no given name.
    Case("⟦Boris Johnson⟧ faces a revolt from Tory MPs and Tory Remainers. Tory ⟦Liam Fox⟧ and the designer ⟦Tory Burch⟧ disagreed.",
         "Boris Johnson", "Liam Fox", "Tory Burch"),
    Case("Navy SEALs ⟦Tyrone Woods⟧ and ⟦Glen Doherty⟧ died; Valley CEOs said so.", "Tyrone Woods", "Glen Doherty"),
    // A noun opening a headline before an age is no one.
    Case("Man, 45, charged in shooting. Police said ⟦Marcus Reed⟧, 45, was arrested.", "Marcus Reed"),
    // A US city named like people, which the article uses as a town, is no one before a reporting
    // verb; a list keeps its names.
    Case("The mayor of Ferguson, Mo., said he would act. ⟦Knowles⟧ said Ferguson would also increase a stipend.", "Knowles"),
    Case("A leader in Dallas tweeted. Dallas said nothing.",),
    Case("Biden spoke in Clinton, ⟦Iowa⟧, praising ⟦Kennedy⟧, ⟦Carter⟧, ⟦Clinton⟧ and ⟦Obama⟧.", "@US", "Kennedy", "Carter", "Clinton", "Obama"),
    // Two English words before a reporting verb, the first no given name, name a thing; a label
    // noun before a surname is no given name.
    Case("Supporters of Common Core say it works. The Coast Guard said so, and ⟦Mitt Romney⟧ said no; ⟦Hope Hicks⟧ told aides.",
         "Mitt Romney", "Hope Hicks"),
    Case("On Friday, Team ⟦Obama⟧ released an ad. ⟦Obama⟧ said he was ready.", "Obama", "Obama"),
    // The body after a speaker's name and "of" is no person; nor an English word someone "told".
    Case("⟦Lee Edwards⟧ of Heritage says the moment has come. The senator told Reason he agreed.", "Lee Edwards"),
    Case("Ambassador ⟦William Roebuck⟧ met him. Mazloum told ⟦Roebuck⟧ the bombing must stop.", "William Roebuck", "William Roebuck"),
    // A firm's analyst after its possessive, a rank between.
    Case("\"Growth is huge,\" said Gartner's principal analyst ⟦Kobita Desai⟧.", "Kobita Desai"),
    // A party's name before "administration" is no leader's.
    Case("The incoming Labour administration was criticised; the Labour government said so."),
    // Peoples and regions of a country name it: "the Catalan president", "Uighur groups".
    Case("The ⟦Catalan⟧ president met ⟦Uighur⟧ and ⟦Chechen⟧ exiles.", "@ES", "@CN", "@RU"),
    // A deed only a player does: "homered", "birdied"; not "singled out" or after "the".
    Case("⟦Tom Glavine⟧ pitched and ⟦Chipper Jones⟧ homered. ⟦Faldo⟧ birdied the 17th; the Swede birdied too. As soon as Hillary singled out three regimes, Ocasio Cortez doubled down.",
         "Tom Glavine", "Chipper Jones", "Faldo"),
    // A people's, a faith's or a generation's plural ends a group, after a given name too; a
    // surname in "-ers" or a country's name in the plural stays a person's.
    Case("Sunni Muslims, Christian ⟦Americans⟧, Tea Partiers and Baby Boomers met ⟦Kim Clijsters⟧ and ⟦Frank Jordans⟧.",
         "@US", "Kim Clijsters", "Frank Jordans"),
    Case("Billionaire ⟦Mark Cuban⟧ said no.", "Mark Cuban"),
    // A link's text, its hover card repeating the name and the next headline's first word: the
    // first copy is the name.
    Case("They dug up dirt on former Vice President ⟦Joe Biden⟧ Joe Biden Parnas: ⟦U.S.⟧ ambassador removed.", "Joe Biden", "@US"),
    // A pageant and a site are things.
    Case("The Trumps partnered on the 2013 Miss Universe Pageant; the Fort Point National Historic Site closed."),
    // A gallery's or a player's label glued after a name is no part of it.
    Case("Vice President ⟦Joe Biden⟧ Photos: Who's running for president? Photos: a gallery.", "Joe Biden"),
    // A firm's "Sons" is no person's surname.
    Case("The deal was signed by ⟦India⟧'s Tata Sons and by N.M. Rothschild and Sons.", "@IN"),
    // A full name found once is the whole mention later, even where no rule would find it.
    Case("⟦Suu Kyi⟧ said talks failed. But ⟦Suu Kyi⟧ disagreed.", "Suu Kyi", "Suu Kyi"),
    // Companies, papers and grounds are not people.
    Case("News-stand chain Ruch controls 65 percent. Ruch said prices rose."),
    Case("He told Der Spiegel about the crowd at Ellis Park."),
    // "Said" opening a sentence before the surname of another full name is the reporting verb.
    Case("FBI Director ⟦Christopher Wray⟧ spoke.\n\nSaid ⟦Wray⟧: \"We need more.\"", "Christopher Wray", "Christopher Wray"),
    Case("The suspects, ⟦Saïd Kouachi⟧, 34, and ⟦Chérif Kouachi⟧, 32, fled.\n\n⟦Said Kouachi⟧, the oldest, trained abroad.",
         "Saïd Kouachi", "Chérif Kouachi", "Saïd Kouachi"),
    // A people's word after an honorific is a person's surname, and no mention of the country.
    Case("So predicts ⟦Oliver Irish⟧, editor of Stuff. \"It is huge,\" said Mr ⟦Irish⟧. Mr. ⟦German⟧ agreed.",
         "Oliver Irish", "Oliver Irish", "German"),
    // A street's abbreviated noun ends a street's name, not a person's.
    Case("Structures burned on Patrick Rd. and on Penn Ave N. and on Morgan Ln. on Tuesday."),
    // A surname with a Romance prefix before a capital has a name's shape ("Mc" names are in the lists).
    Case("Then ⟦Delino DeShields⟧'s triple won it, and ⟦Quintonio LeGrier⟧ saw it.", "Delino DeShields", "Quintonio LeGrier"),
    Case("She works at Claremont McKenna and at Ackerman McQueen."),
    // A given name in brackets before a surname in a quote is the person's full name, from the bracket.
    Case("\"He saw ⟦(Tom) Seaver⟧ and ⟦(Jerry) Koosman⟧ start,\" ⟦Harrelson⟧ said.", "Tom Seaver", "Jerry Koosman", "Harrelson"),
    Case("\"I told President ⟦[Vladimir] Putin⟧ that the [Justice] Department agreed,\" she said.", "Vladimir Putin"),
    Case("\"We visited (Robben) Island and met the [James] Comeys of the world,\" she said."),
    // "Les" before a name the lists hold is the English given name; before other words, French.
    Case("⟦Newcastle⟧ team mate ⟦Les Ferdinand⟧ scored twice.", "@GB", "Les Ferdinand"),
    Case("Defense Secretary ⟦Les Aspin⟧ said the plan would go ahead.", "Les Aspin"),
    Case("The ⟦French⟧ daily Les Echos said Les Bleus had won.", "@FR"),
    Case("The Peace Agreement was signed; Salomon Bros and Pirelli SpA said so."),
    Case("Dr. ⟦Wangari Maathai⟧ founded the Green Belt Movement; the Ford Foundation paid.", "Wangari Maathai"),
    Case("Special Counsel ⟦Robert Mueller⟧ told Fox News about Al Qaeda.", "Robert Mueller"),
    // "May" is a surname after a given name or a title, a month elsewhere.
    Case("Prime Minister ⟦Theresa May⟧ met officials on May 3. Later ⟦Theresa May⟧ said she would stay. Mrs. ⟦May⟧ left in May.",
         "Theresa May", "Theresa May", "Theresa May"),
    // One word before a reporting verb: he or she makes a person, it a company.
    Case("⟦Klinsmann⟧ said he believed the team could win. Ericsson said it would not comment.", "Klinsmann"),
    Case("The squad: ⟦Breen⟧, ⟦Staunton⟧, ⟦Irwin⟧, ⟦McAteer⟧, ⟦Harte⟧.", "Breen", "Staunton", "Irwin", "McAteer", "Harte"),
    Case("Results of S. ⟦Korean⟧ games; the U.N. Interim Force met.", "@KR"),
    // A currency names money, not a country.
    Case("The company paid 200 mln U.S. dlrs and 40 mln Australian dollars in ⟦Sydney⟧.", "@AU"),
    // A headline in capitals names the article's person by surname; a given name alone is the one
    // full name of the article that starts with it (not when two do).
    Case("SOCCER - ⟦SHEARER⟧ NAMED AS CAPTAIN\n⟦Alan Shearer⟧ was named captain. \"I'm sure ⟦Alan⟧ is the man,\" the coach said.",
         "Alan Shearer", "Alan Shearer", "Alan Shearer"),
    Case("⟦Alan Smith⟧ and ⟦Alan Jones⟧ spoke. Alan left early.", "Alan Smith", "Alan Jones"),
    // The unknown given name before a particle; a demonym after a sentence-initial word; hyphenated
    // titles; sports roles as cues.
    Case("The hosts relied on ⟦Joost van der Westhuizen⟧, who scored twice.", "Joost van der Westhuizen"),
    // A rare given name before a particle, though also a US surname ("Ruud"), or at the start of a
    // line in title case.
    Case("⟦Ruud van Nistelrooy⟧ scored twice. They saw ⟦Ruud van Nistelrooy⟧ miss.", "Ruud van Nistelrooy", "Ruud van Nistelrooy"),
    Case("⟦South Africa⟧ - Tries: ⟦Joost van der Westhuizen⟧ (2), ⟦Andre Joubert⟧.", "@ZA", "Joost van der Westhuizen", "Andre Joubert"),
    Case("Controversial ⟦Australian⟧ ⟦Anthony Hill⟧ called him a cheat.", "@AU", "Anthony Hill"),
    Case("A spokesman, Lieutenant-Colonel ⟦Max Marriner⟧, said the talks would go on.", "Max Marriner"),
    Case("Former winger ⟦Ngxabi Mthembu⟧ joined the club. ⟦Mthembu⟧, 27, left in June.", "Ngxabi Mthembu", "Ngxabi Mthembu"),
    Case("Ngxabi Mthembu joined the club.",),
    // A team sheet of full names, wrapped across lines, with notes in brackets and particles.
    Case("Teams: ⟦Arjuna Ranatunga⟧ (captain), ⟦Sanath Jayasuriya⟧,\n⟦Romesh Kaluwitharana⟧, ⟦Asanka Gurusinha⟧, ⟦Aravinda de Silva⟧,\n⟦Hashan Tillekeratne⟧, ⟦Roshan Mahanama⟧.",
         "Arjuna Ranatunga", "Sanath Jayasuriya", "Romesh Kaluwitharana", "Asanka Gurusinha", "Aravinda de Silva",
         "Hashan Tillekeratne", "Roshan Mahanama"),
    // A place's name is the person's when it is the surname of the article's full name and a
    // speech cue goes with it.
    Case("Director ⟦Neil Jordan⟧ defended the film. \"It was brutal,\" ⟦Jordan⟧ said before flying to ⟦Jordan⟧.",
         "Neil Jordan", "Neil Jordan", "@JO"),
    // Datelines with abbreviations, or a state and no date; a town before a state's abbreviation;
    // a capitalised currency.
    Case("⟦ST. LOUIS⟧, March 11 - Shr 47 cts vs 40 cts.", "@US"),
    Case("⟦RENO⟧, ⟦Nev.⟧, Porsche Cars North America Inc said its sales fell.", "@US", "@US"),
    Case("WOODBRIDGE, ⟦N.J.⟧ - Supermarkets General Corp reported higher sales.", "@US"),
    Case("It sold four banking offices in ⟦Vancouver⟧, Wash., last year.", "@US"),
    Case("Sugar traded around 1,325 French Francs per 100 kilos.",),
    Case("⟦SAUDI⟧ OIL OUTPUT STEADY\n    ⟦JACKSON⟧, ⟦MISS.⟧, May 20\n    Qtly div 65 cts vs 65 cts prior", "@SA", "@US", "@US"),
    // Datelines: a letter alone in the headline, a postal code, a line ending after the state,
    // "ST" for "Saint".
    Case("E AND B MARINE 4TH QTR NET\n    ⟦EDISON⟧, ⟦N.J.⟧, April 3\n    Shr loss 1.65 dlrs", "@US", "@US"),
    Case("NORTH DIGHTON, ⟦MA.⟧, March 27 - Mars Store Inc said it expects a loss.", "@US"),
    Case("SMITH INTERNATIONAL 4TH QTR LOSS\n    ⟦NEWPORT BEACH⟧, ⟦Calif.⟧\n    Shr loss 1.95 dlrs", "@US", "@US"),
    Case("⟦ST. PAUL⟧, March 17 - The company said its board declared a dividend.", "@US"),
    Case("The ⟦Federal Reserve⟧ and the ⟦Bundesbank⟧ held rates.", "@US", "@DE"),
    Case("OLD TOWN, ⟦Me.⟧, March 25 - Shr 69 cts vs six cts", "@US"),
    // Things named after people: firms, facilities, ships, works in quotes; clubs named after towns.
    Case("said ⟦James Weber⟧, analyst at A.G. Edwards & Sons.", "James Weber"),
    Case("Protesters marched at Charles de Gaulle airport north of ⟦Paris⟧.", "@FR"),
    Case("Planes on the aircraft carrier Carl Vinson were ready.",),
    // A work's title after its noun is the work's wherever it repeats; not its maker after the noun
    // ("the film ... directed"). A hotel is no person.
    Case("Vera Drake scoops film award\n\nThe abortion drama Vera Drake won. Vera Drake star ⟦Imelda Staunton⟧ met guests at the Beverly Hilton hotel.",
         "Imelda Staunton"),
    Case("It is the film ⟦Steven Spielberg⟧ directed.", "Steven Spielberg"),
    // A country's dotted short form ends a name; a time's "A.M." is no initial; a dotted acronym alone is no one.
    Case("Vice President ⟦Joe Biden⟧ ⟦U.S.⟧ Vice President ⟦Joe Biden⟧ began.", "Joe Biden", "@US", "Joe Biden"),
    Case("UPDATE 10:17 A.M. As Warner wraps, ⟦A.M. Rosenthal⟧ said so. The C.I.A. said he lied.", "A.M. Rosenthal"),
    // A party and a state after a name are no initials; "Pro Tem" belongs to the title.
    Case("said committee Chairman ⟦Dave Camp⟧, R. Mich. Then ⟦C. Lewis⟧ won, and Senate President Pro Tem ⟦Kevin de Leon⟧ spoke.",
         "Dave Camp", "C. Lewis", "Kevin de Leon"),
    Case("He is best known for \"Viva Zapata\" and other films.",),
    Case("⟦Roberto Carlos⟧ saved the blushes of Real Madrid on Saturday.", "Roberto Carlos"),
    // An age in commas, a name in commas before a reporting verb, "Jan" as a given name.
    Case("Police said ⟦Jeerasak Densakul⟧, 24, was arrested on Friday.", "Jeerasak Densakul"),
    Case("The speaker of the parliament, ⟦Semyon Sharetsky⟧, told reporters the draft was ready.", "Semyon Sharetsky"),
    Case("⟦Andrei Medvedev⟧ (⟦Ukraine⟧) beat ⟦Jan Kroslak⟧ (⟦Slovakia⟧) 6-4 6-3.", "Andrei Medvedev", "@UA", "Jan Kroslak", "@SK"),
    Case("Shares rose on Jan 5 and fell in Jan. Trading resumed.",),
    // Bylines.
    Case("By ⟦Jane Okafor⟧\nThe vote was delayed again.", "Jane Okafor"),
    Case("Gold market seen quiet.\n⟦Mishi Saran⟧\n⟦HONG KONG⟧ 1996-08-30\nTraders waited.", "Mishi Saran", "@HK"),
    Case("Prices held.\n-- ⟦Luli Popescu⟧, Bucharest Newsroom 40-1 3120264", "Luli Popescu"),
    // Occupations and relations before a name, in lower case only.
    Case("He met his ⟦Israeli⟧ counterpart ⟦Yitzhak Mordechai⟧ and presidential adviser ⟦Vafa Gulizade⟧.",
         "@IL", "Yitzhak Mordechai", "Vafa Gulizade"),
    Case("The final of the Singer World Series was rained off.",),
    // Titles in modern copy: compound titles, abbreviated titles in lists, a role word ending a
    // sentence, a magazine named like a title.
    Case("It was nuts, said CNN Chief Legal Analyst ⟦Jeffrey Toobin⟧.", "Jeffrey Toobin"),
    Case("Other than Sens. ⟦Rand Paul⟧ (R-Ky.), ⟦Mike Lee⟧ (R-Utah) and Rep. ⟦Matt Gaetz⟧ (R-Fla.), few spoke.",
         "Rand Paul", "Mike Lee", "Matt Gaetz"),
    Case("Talk to your neighbor or your brother. Learn about what the other side thinks.",),
    // An English word inside three or more capitalised words makes them a thing's name.
    Case("She won the 5,000m at the Boston Indoor Games, and Star Wars Battlefront sold well.",),
    // A title before a name that a place's or a body's noun ends names a thing, unless the noun
    // is a surname too.
    Case("She saw it at the Prince Edward Theatre; he was taken to Queen Elizabeth Hospital.",),
    Case("Labour MP ⟦Frank Field⟧ and chief technology officer ⟦Todd Park⟧ spoke.", "Frank Field", "Todd Park"),
    // Nor after a title of five letters or fewer that is no abbreviation; "Dr." takes its period.
    Case("⟦Antonio Lopez⟧ is the new coach. ⟦Italian⟧ Ranieri left in June.", "Antonio Lopez", "@IT"),
    Case("She spoke to the mayor. Such is life. Ask the judge. Now he knows.",),
    Case("She saw Dr. ⟦Smith⟧ on Monday.", "Smith"),
    Case("⟦Kevin Drum⟧, Mother Jones", "Kevin Drum"),
    Case("Physicist ⟦Stephen Hawking⟧ speaks of his desire to understand the universe.", "Stephen Hawking"),
    // Given names rare in the US lists, before a surname-shaped word; not a US surname or an English word.
    Case("The match ended when ⟦Bernd Karbacher⟧ quit with a back injury.", "Bernd Karbacher"),
    Case("Analysts at Goldman Sachs and the Red Cross disagreed.",),
    // A title in apposition; an age before a dash; a party and a state.
    Case("⟦Constand Viljoen⟧, leader of the Freedom Front, spoke. ⟦Viljoen⟧ left.", "Constand Viljoen", "Constand Viljoen"),
    Case("⟦Severine Potty⟧, 19 -- was reported missing.", "Severine Potty"),
    Case("Sen. ⟦Lindsey Graham⟧ (R-South Carolina), chairman of the panel, agreed.", "Lindsey Graham"),
    // Plural titles; a country's short form after a title; companies by what they say and own.
    Case("Justices ⟦Clarence Thomas⟧ and ⟦Samuel Alito⟧ dissented.", "Clarence Thomas", "Samuel Alito"),
    Case("Queens Park Rangers beat Bolton.",),
    Case("Many other major ⟦U.S.⟧ companies helped.", "@US"),
    Case("Orange said it was starting proceedings. Orange added five million customers.",),
    Case("⟦Dan Brown⟧ is the best writer I've come across.", "Dan Brown"),
    Case("The deal was thrown out by the ⟦New Zealand⟧ High Court.", "@NZ"),
    Case("BASEBALL - ⟦KEVIN BROWN⟧ LOWERS ERA AS MARLINS WIN", "Kevin Brown"),
    Case("5. ⟦Chryste Gaines⟧ (⟦U.S.⟧) 11.20", "Chryste Gaines", "@US"),
    Case("Poll Roundup: Obama Takes Romney To Task Over Taxes\n\nThe race tightened.",),
    Case("Flights to ⟦Los Angeles⟧, ⟦New York⟧, ⟦Hong Kong⟧, ⟦Buenos Aires⟧ and ⟦Cape Town⟧ were cut.", "@US", "@US", "@HK", "@AR", "@ZA"),
    // Datelines name places, and their date's dash opens no results line.
    Case("SAN MATEO, ⟦Calif.⟧, March 2 - Semi div 13 cts vs 13 cts.", "@US"),
    Case("⟦WASHINGTON⟧, March 4 - ⟦U.S.⟧ Trade Representative ⟦Clayton Yeutter⟧ said he would go.", "@US", "@US", "Clayton Yeutter"),
    Case("⟦CHICAGO⟧, April 7 - Live Hog futures were expected to open steady.", "@US"),
    // Datelines spell German towns without umlauts, and older copy uses English names.
    Case("⟦DUESSELDORF⟧, March 5 - Output rose.", "@DE"),
    Case("⟦BERNE⟧, March 2 - Talks with ⟦West Berlin⟧ resumed.", "@CH", "@DE"),
    Case("In the ⟦Duesseldorf⟧ item please read April 7.", "@DE"),
    // A dateline in capitals may give its date without a comma.
    Case("⟦JOHANNESBURG⟧ March 13 - Shr 516 cts vs 347", "@ZA"),
    // A landmark inside one country is the country's; a sea or a channel between countries is none.
    Case("Ships waited at the ⟦Panama Canal⟧; tankers crossed the English Channel and the ⟦Suez Canal⟧.", "@PA", "@EG"),
    Case("The storm hit ⟦Puerto Rico⟧ and the ⟦Virgin Islands⟧, then the ⟦British Virgin Islands⟧.", "@PR", "@VI", "@VG"),
    Case("Gov. ⟦Kenneth Mapp⟧ of the ⟦U.S. Virgin Islands⟧ thanked the ⟦US⟧.", "Kenneth Mapp", "@VI", "@US"),
    // A disease named after a place is no mention of it; a firm or a character named like a town is neither.
    Case("⟦Japanese⟧ doctors studied Kawasaki disease; the Spanish flu and Stockholm syndrome were not discussed.", "@JP"),
    Case("He jumped out of a Toyota in a Batman costume.",),
    // Counties of the UK; a region's name before a state's is a town of that state.
    Case("Police in ⟦Surrey⟧ and ⟦West Yorkshire⟧ made arrests.", "@GB", "@GB"),
    // Ireland's provinces; Spain's Valencia; "Sale" is a word or an English town, not Morocco's Salé.
    Case("⟦Munster⟧ beat Sale 20-10 and ⟦Leinster⟧ lost; the coach left ⟦Valencia⟧ in June. Not for Sale.", "@IE", "@IE", "@ES"),
    Case("He spoke at a campaign stop in Sussex, ⟦Wisconsin⟧, and in Ontario, ⟦California⟧.", "@US", "@US"),
    // A state's name of two words too; not in a list of places.
    Case("He spoke in Florence, ⟦South Carolina⟧, and in Berlin, ⟦New Hampshire⟧.", "@US", "@US"),
    Case("Offices in ⟦London⟧, ⟦New York⟧ and ⟦Tokyo⟧ and in ⟦Geneva⟧, ⟦New York⟧, ⟦Washington⟧ and ⟦Paris⟧ opened.",
         "@GB", "@US", "@JP", "@CH", "@US", "@US", "@FR"),
    // "Jersey" is New Jersey in a story about the US, the island elsewhere.
    Case("Rates of GPU's ⟦Jersey⟧ Central Power and Light Co will fall, ⟦New Jersey⟧ and ⟦U.S.⟧ regulators said.", "@US", "@US", "@US"),
    Case("⟦Jersey⟧ and ⟦Guernsey⟧ voted on new tax rules.", "@JE", "@GG"),
    Case("Havens like the ⟦Cayman Islands⟧ and ⟦Jersey⟧ drew ⟦U.S.⟧ funds, ⟦U.S.⟧ officials said.", "@KY", "@JE", "@US", "@US"),
    // Firms named like people: a legal form, a firm's ending, an employer.
    Case("Sales rose, Salomon Brothers said. General Electric Co said it would bid.",),
    Case("Showers fell, Comissaria Smith said in its weekly review. Comissaria Smith said there is doubt.",),
    Case("\"We will see,\" said ⟦Lawrence Cohn⟧, analyst with Merrill Lynch. Merrill Lynch and Co declined.", "Lawrence Cohn"),
    // A later firm of a list after a job and "at", where an earlier one ends as firms' names do.
    Case("Dealers at Barclays Bank and Morgan Grenfell said sterling was firm."),
    Case("A spokesman at Chrysler and ⟦Lee Iacocca⟧ said the plan was dead.", "Lee Iacocca"),
    Case("The issue is underwritten by Smith Barney, Harris Upham and Co.",),
    // A country, a demonym or a region ends no name; a noun after a determiner is no name.
    Case("Prices rose 0.2 pct, Statistics ⟦Canada⟧ said. Royal ⟦Dutch⟧ fell.", "@CA", "@NL"),
    Case("Senior ⟦U.S.⟧ Arms control officials said they were hopeful. One ⟦U.S.⟧ Banker said so.", "@US", "@US"),
    Case("Africa added three crews. ⟦Mark Cuban⟧ owns the team.", "Mark Cuban"),
    // In capitals, an English word alone or last is the headline's word.
    Case("⟦CANADIAN⟧ BANKER SAYS OIL PRICE FALL HURTS", "@CA"),
    // The end of a place's or a body's name, a town's name, a possessive firm.
    Case("Loans at ⟦New York⟧ banks fell, the ⟦Federal Reserve⟧ Bank of ⟦New York⟧ said.", "@US", "@US", "@US"),
    Case("Former Governor of North Carolina ⟦Jim Hunt⟧ spoke. A spokeswoman for the Chamber of Mines said no.", "Jim Hunt"),
    Case("Fires reached Santa Barbara on Monday.",),
    Case("Moody's Investors Service Inc lowered the rating of USX Corp. Moody said the outlook was negative.",),
    // (A noun after a determiner, across a listed adjective only: "test" is none.)
    Case("After the test ⟦Kim⟧ declared victory.", "Kim"),
    // A compass point as a surname, after a common given name and before no capitalised word.
    Case("Marine Lt. Col. ⟦Oliver North⟧ was fired. Talks with ⟦North Korea⟧ stalled.", "Oliver North", "@KP"),
    // A frequent surname that is also a place's noun, after a common given name.
    Case("\"It is impossible,\" said ⟦Keith Hall⟧, a former commissioner. Fans met at Ellis Park.", "Keith Hall"),
    // In a headline in title case the verb after a name is capitalised too, and a state before a
    // capitalised word is no part of another name.
    Case("⟦Colin Powell⟧ Resigns as Secretary of State After Four Years\n\nMr. ⟦Powell⟧ left on Tuesday.", "Colin Powell", "Colin Powell"),
    Case("Republicans Subpoenaed in ⟦Ohio⟧ Recount Over Votes\n\nThe state objected.", "@US"),
    // Regions of other countries; a short name after the full name of the other country it may mean.
    Case("Riots in ⟦Xinjiang⟧ and floods in ⟦Queensland⟧; ⟦Darfur⟧ waits.", "@CN", "@AU", "@SD"),
    Case("The ⟦Democratic Republic of the Congo⟧ may send troops; ⟦Congo⟧'s president spoke.", "@CD", "@CD"),
    // The bare name stays the Democratic Republic's when the Republic is named only by its capital,
    // not when the Republic is named in full.
    Case("Fighting in eastern ⟦Congo⟧ displaced thousands. The ⟦Democratic Republic of Congo⟧ accused ⟦Rwanda⟧. ⟦Brazzaville⟧ was calm.",
         "@CD", "@CD", "@RW", "@CG"),
    Case("The Republic of ⟦Congo⟧ and the ⟦Democratic Republic of Congo⟧ signed a pact. ⟦Congo⟧ said it would comply.",
         "@CG", "@CD", "@CG"),
    // Ranks; a nickname in quotes after a title; a family name written first, alone later.
    Case("Sergeant ⟦Frank \"Greg\" Ford⟧ complained. Sergeant First Class ⟦Michael Marciello⟧ saw it.", "Frank Ford", "Michael Marciello"),
    Case("⟦Kim Mahn-je⟧, the finance minister, spoke. ⟦Kim⟧ said rates would fall.", "Kim Mahn-je", "Kim Mahn-je"),
    // Things named after people; places' names opened by a place's noun; a country's short form spaced.
    Case("⟦Florida⟧'s Walt Disney World reopened; a Han Class submarine sailed.", "@US"),
    Case("A device was found in the Plaza de España in ⟦Seville⟧.", "@ES"),
    // A man or a woman of a country, and other demonyms news copy uses.
    Case("The ⟦Slovenian⟧ beat the ⟦Dutchman⟧, the ⟦Northern Irishman⟧ and a ⟦Kazakh⟧ rider.", "@SI", "@NL", "@GB", "@KZ"),
    Case("It was built for the U.S Air Force and the U. S. Air Force.",),
    // A verb between two names in a title-case headline; what is cut before one must end in a surname.
    Case("⟦Ted Cruz⟧ Challenges ⟦Donald Trump⟧ on Immigration at the Border\n\nThe senator spoke.", "Ted Cruz", "Donald Trump"),
    Case("Franklin ⟦Michigan⟧ Insured Tax-Free Income Fund Declares Dividend\n\nThe fund paid.", "@US"),
    // A plural title in a list of people; papers, banks and rooms named like people; a plural weekday.
    Case("Four candidates - Senators ⟦Kirsten Gillibrand⟧, ⟦Kamala Harris⟧ and ⟦Cory Booker⟧ - spoke.", "Kirsten Gillibrand", "Kamala Harris", "Cory Booker"),
    Case("The Bergen Record said so, the Dallas Fed agreed, and they met in the Roosevelt Room.",),
    Case("Watch State of the Union with ⟦Candy Crowley⟧ Sundays at 9am.", "Candy Crowley"),
    // Firms by their nouns: a bank's before the name, a store's, a firm's after it; a ship's prefix; a
    // family name before an English word is no name ("A Very Long Engagement").
    Case("Analysts at Bank Sal Oppenheim agreed. Upscale department store Nordstrom said sales rose.",),
    Case("Harvey Norman revenue rose 5 pct, Harvey Norman said, as jets from the USS Harry S. Truman flew over.",),
    Case("She starred in A Very Long Engagement. Boss ⟦Henk Addink⟧ blames the euro.", "Henk Addink"),
    // A surname alone before "who" or a relative's noun; not a common given name or a group so.
    Case("⟦Funaro⟧, who told reporters here, left. ⟦Geiger⟧'s lawyer objected.", "Funaro", "Geiger"),
    Case("Michelle, who is 34, and Christians, who met there, agreed.",),
    // A name with an adjective's suffix is the name alone, and no name runs on past it.
    Case("They kept the ⟦George W. Bush⟧-era rules and the Obama-era Waters of the ⟦United States⟧ rule.", "George W. Bush", "@US"),
    // An event's name; a state's abbreviation after a town.
    Case("Security at the Winter Olympics was tight in Martinsburg, W.Va., officials said.",),
    // Publications, places and laws named like a person.
    Case("After Sandy Hook, Vanity Fair and Mother Jones wrote on Jim Crow laws.",),
    // A land's noun in lower case after a name makes it a place's.
    Case("Snow fell on the Sierra Nevada mountains and in Dona Ana counties.",),
    // After a noun only a firm is, the whole name is the firm's; not before a possessive or a verb.
    Case("A report from investment firm Grant Samuel values the shares, said ⟦Brian Youngberg⟧.", "Brian Youngberg"),
    Case("He joined a company ⟦Joe Biden⟧'s son ran.", "Joe Biden"),
    // A town the article names a firm after is the firm wherever it repeats, unless a preposition
    // makes it the town; a firm whose name only ends in the town's leaves the town alone.
    Case("Oil producer Santos Ltd bid for TMOC. Santos said the bid was fair. Talks were in ⟦Melbourne⟧.", "@AU"),
    Case("Houston Metals Corp found silver. Houston said assays were good. Its office in ⟦Houston⟧ agreed.", "@US"),
    Case("KLM may lend to Air Atlanta Inc, whose network centres on ⟦Atlanta⟧.", "@US"),
    // A word that is a rarer given name before a word that is a rarer surname is a phrase; with a
    // particle, or a common given name, it is a person.
    Case("The Stone Roses played while Media Player crashed and Blue Shield paid.",),
    Case("Since the Stone Age, Rain Man and Apple Pie were no people.",),
    Case("⟦Marine Le Pen⟧ met ⟦Tiger Woods⟧ and ⟦Josh Harder⟧.", "Marine Le Pen", "Tiger Woods", "Josh Harder"),
    // "leaders" before a given name alone is sports copy's team; "best" before an occupation makes
    // an award's category.
    Case("City held the leaders Chelsea. ⟦Hilary Swank⟧ won her second best actress Oscar.", "Hilary Swank"),
    Case("Party leaders ⟦Tony Blair⟧ and ⟦Charles Kennedy⟧ met. Presidents ⟦Reagan⟧ and ⟦Carter⟧ spoke.",
         "Tony Blair", "Charles Kennedy", "Reagan", "Carter"),
    // Schools and groups named like people, and placeholder names.
    Case("A Harvard Law professor told the Susan B. Anthony List that Joe Sixpack pays.",),
    // "Jan" before a name is a given name; before a day, the month.
    Case("Relief coordinator ⟦Jan Egeland⟧ spoke on Jan. 3 to the new speaker Jan 5.", "Jan Egeland"),
]

@Suite struct TaggerCases {
    let tagger = EntityTagger()

    @Test(arguments: cases)
    func marked(_ example: Case) {
        let (text, spans) = example.parsed
        let entities = tagger.tag(title: "", body: text)
        var found: [(Range<Int>, String)] = []
        for person in entities.people {
            for mention in person.mentions { found.append((mention.start..<mention.end, person.name)) }
        }
        for country in entities.countries {
            for mention in country.mentions { found.append((mention.start..<mention.end, "@" + country.code)) }
        }
        found.sort { $0.0.lowerBound < $1.0.lowerBound }
        func span(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(range.lowerBound).prefix(range.count)))
        }
        let got = found.map { "\(span($0.0))=\($0.1)" }
        let want = zip(spans, example.expected).map { "\(span($0.0))=\($0.1)" }
        #expect(got == want)
    }

    @Test func aRareSurnameThatIsAnEnglishWordIsTheWordInAHeadlineInTitleCase() {
        #expect(tagger.tag(title: "Young Adults Have Insurance After Health Care Law, Study Says", body: "More young adults have insurance.")
            .people.isEmpty)
        #expect(tagger.tag(title: "Key Witness Escorted From White House, His Lawyer Says", body: "The lawyer spoke.").people.isEmpty)
        // Nor is a headline's verb after a title.
        #expect(tagger.tag(title: "A Student Ignored A Man's Catcalls. He Then Killed Her, Prosecutors Said.", body: "He was charged.")
            .people.isEmpty)
        // Unless the article capitalises it inside a sentence too.
        let tester = tagger.tag(title: "Budget Deal Collapses, Tester Says", body: "The deal failed, said Tester, a Democrat from Montana.")
        #expect(tester.people.map(\.name) == ["Tester"])
    }

    @Test func aGivenNameBeforeAnEnglishWordWithNoCueIsLeftUnconfirmed() {
        // No cue: no person, but a name for the archive to confirm, with its mention.
        let bare = tagger.tag(title: "", body: "The memo by Karl Rove was published. They ran at the Boston Marathon.")
        #expect(bare.people.isEmpty)
        #expect(bare.unconfirmed.map(\.name) == ["Karl Rove", "Boston Marathon"])
        #expect(bare.unconfirmed.first?.mentions == [Mention(field: .body, start: 12, end: 21)])
        // With a cue, a person, and not also unconfirmed.
        let cued = tagger.tag(title: "", body: "Republican strategist Karl Rove said the memo was his. The memo by Karl Rove was published.")
        #expect(cued.people.map(\.name) == ["Karl Rove"] && cued.unconfirmed.isEmpty)
        // Nor is a name no cue took at all.
        #expect(tagger.tag(title: "", body: "The memo went to Reince Priebus on Monday.").unconfirmed.map(\.name) == ["Reince Priebus"])
        // Nor in a headline in title case, where every word is capitalised.
        #expect(tagger.tag(title: "Trump Meets With Reince Priebus Tonight", body: "It was.").unconfirmed.isEmpty)
    }

    @Test func seedArticleEntities() {
        let entities = tagger.tag(title: "", body: seedArticle)
        let people = Set(entities.people.map(\.name))
        for name in ["Kerry", "Yang Jiechi", "Wang Yi", "Han Zheng", "Donald Trump", "Antony Blinken", "Xie Zhenhua"] {
            #expect(people.contains(name), "missing \(name)")
        }
        #expect(Set(entities.countries.map(\.code)).isSuperset(of: ["CN", "US", "JP", "GB"]))
        // Offsets are code points into the text as read.
        let scalars = Array(seedArticle.unicodeScalars)
        for person in entities.people {
            for mention in person.mentions {
                let span = String(String.UnicodeScalarView(scalars[mention.start..<mention.end]))
                #expect(person.name.hasSuffix(span) || person.name.hasPrefix(span) || span.hasPrefix("Mr"), "\(span) -> \(person.name)")
            }
        }
        let wang = entities.people.first { $0.name == "Wang Yi" }!
        #expect(wang.mentions.count == 2)  // "Wang Yi" and the later "Wang said"
    }

    @Test func anArticleIsAboutTheCountriesItsDatelineAndTitleNameNotThoseItNamesInPassing() {
        func about(_ title: String, _ body: String) -> [String] {
            tagger.tag(title: title, body: body).countries.map { "\($0.code) \($0.salient)" }
        }
        // The dateline's country is where the story happened; Brazil, twice in the lead, its subject.
        #expect(about("", "LONDON, March 2 - Brazil is not happy with its creditors. Brazil wants time.")
            == ["GB true", "BR true"])
        // Named once in passing, even in the lead: not what the story is about.
        #expect(about("", "LONDON, March 2 - Exports to Japan rose in February.") == ["GB true", "JP false"])
        #expect(about("Retail sales rise", "Sales rose in February, traders in Paris said.") == ["FR false"])
        // In the title and again in the text: the subject. Only in the title: not enough.
        #expect(about("Peru debt talks", "The talks on Peruvian debt resumed.") == ["PE true"])
        #expect(about("Peru debt talks", "The talks resumed.") == ["PE false"])
        // Twice, both after the lead: in passing; four times: the subject.
        let lead = "Coffee prices fell on Monday.\n\n"
        #expect(about("", lead + "Buyers were Germany and Italy. Germany bought more.") == ["DE false", "IT false"])
        #expect(about("", lead + "Germany bought. Germany sold. German traders and Bonn waited.") == ["DE true"])
        // Wire copy wraps its lines and indents a paragraph: the lead is the first paragraph.
        #expect(about("", "Coffee prices fell in\nBrazil on Monday as Brazilian\ngrowers sold.\n    Buyers waited.")
            == ["BR true"])
        #expect(about("", "Coffee prices fell on Monday\nas growers sold.\n    Brazil and Brazilian buyers waited.")
            == ["BR false"])
        // Under a title, a date, a byline or a kicker of under eight words is no lead: the lead is the
        // paragraph after it. An untitled article's short first line is its headline, and the lead.
        let story = "Kiev waited as Ukraine counted votes.\n\nUkrainian officials spoke."
        #expect(about("Vote count", "December 27, 2004\n\n" + story) == ["UA true"])
        #expect(about("Vote count", "John Bacon\n\nUSA TODAY\n\n" + story) == ["UA true"])
        #expect(about("", "Grain freights - April 1\n\n" + story) == ["UA false"])
        #expect(about("Vote count", "Officials said the count was over on Monday.\n\n" + story) == ["UA false"])
        // Where a firm is based says who is speaking, not what the story is about.
        #expect(about("", "A London-based broker said coffee fell. The London-based firm and a London-based bank agreed.")
            == ["GB false"])
        #expect(about("", "The Iran-Iraq war ended, and Iran and Iraq signed.") == ["IR true", "IQ true"])
    }

    @Test func countryQueriesResolveNamesCodesAndDemonyms() {
        let lexicons = Lexicons.shared
        #expect(lexicons.countryCodes(for: "china") == ["CN"])
        #expect(lexicons.countryCodes(for: "CN") == ["CN"])
        #expect(lexicons.countryCodes(for: "U.S.") == ["US"])
        #expect(lexicons.countryCodes(for: "United States") == ["US"])
        #expect(lexicons.countryCodes(for: "Britain") == ["GB"])
        #expect(lexicons.countryCodes(for: "german") == ["DE"])
        #expect(lexicons.countryCodes(for: "Narnia") == [])
        #expect(lexicons.countryCodes(for: "the Koreas") == ["KP", "KR"])
    }

    @Test func aHeadlinesWordInLowerCaseEndsANameTheArticleGives() {
        func inTitle(_ title: String, _ body: String) -> [String] {
            tagger.tag(title: title, body: body).people.filter { $0.mentions.contains { $0.field == .title } }.map(\.name)
        }
        let body = "President Barack Obama met Senator John Kerry, Ben White and leader Kim Jong Un. Obama said so."
        #expect(inTitle("Obama Grapples With Growing Dissent", body) == ["Barack Obama"])
        #expect(inTitle("Why Barack Obama Matters", body) == ["Barack Obama"])
        // A firm's or a building's noun, or a place's name, still goes on the name.
        #expect(inTitle("Kerry Group Profits Rise", body) == [])
        #expect(inTitle("Chaos at the White House", body) == [])
        #expect(tagger.tag(title: "Chaos at the White House", body: body).countries.map(\.code) == ["US"])
        // A full name written family name first, whole: in title case, and in capitals where "UN"
        // cut the run short.
        #expect(inTitle("Kim Jong Un Meets Yoon", body) == ["Kim Jong Un"])
        let capitals = tagger.tag(title: "KIM JONG UN MEETS YOON", body: body).people.first { $0.name.hasPrefix("Kim") }
        #expect(capitals?.name == "Kim Jong Un")
        #expect(capitals?.mentions.first == Mention(field: .title, start: 0, end: 11))
        // A headline's wrong name "Virginia Governor" is not repeated in the body's "the Virginia
        // governor race", whose "Virginia" stays the US state.
        let governor = tagger.tag(
            title: "Gender Gap Doesn't Budge In Virginia Governor's Race",
            body: "The gap in the Virginia governor race is close, said Terry McAuliffe.")
        #expect(governor.people.map(\.name).contains("Virginia Governor"))
        #expect(governor.people.allSatisfy { $0.name != "Virginia Governor" || $0.mentions.allSatisfy { $0.field == .title } })
        #expect(governor.countries.first { $0.code == "US" }?.mentions.contains { $0.field == .body } == true)
    }

    @Test func aNameWithoutItsMiddleInitialsOrNamesIsTheFullerNamesPerson() {
        func people(_ body: String) -> [String] {
            tagger.tag(title: "", body: body).people.map { "\($0.name) \($0.mentions.count)" }
        }
        #expect(people("President Donald J. Trump spoke. Donald Trump later left. Trump said so.") == ["Donald J. Trump 3"])
        #expect(people("Senator Hillary Rodham Clinton spoke. Hillary Clinton left.") == ["Hillary Rodham Clinton 2"])
        // Not a middle given name: the son. Not two fuller names with those words.
        #expect(people("President John Quincy Adams met John Adams.") == ["John Quincy Adams 1", "John Adams 1"])
        #expect(people("President George W. Bush met George H.W. Bush and George Bush.")
            == ["George W. Bush 1", "George H.W. Bush 1", "George Bush 1"])
    }

    @Test func aPersonIsNamedAsTheTextWritesTheNameNotAsAHeadlineDoes() {
        let entities = tagger.tag(title: "HU YAOBANG DIES AT 73", body: "Former party chief Hu Yaobang died on Saturday. Hu was 73.")
        #expect(entities.people.map(\.name) == ["Hu Yaobang"])
        #expect(entities.people.first?.mentions.count == 3)
    }

    @Test func aPluralNamesBothCountriesAtOnce() {
        let text = "Talks between the two Koreas resumed. Both Sudans and the Congos sent envoys."
        let countries = tagger.tag(title: "", body: text).countries
        #expect(countries.map(\.code) == ["KP", "KR", "SD", "SS", "CD", "CG"])
        // One mention, the plural's, for each of the pair.
        let koreas = Mention(field: .body, start: 22, end: 28)
        #expect(countries.prefix(2).map(\.mentions) == [[koreas], [koreas]])
    }

    @Test func explainListsRejectedSpansWithoutChangingTheEntities() {
        let text = "The Dallas Mavericks paid 200 mln U.S. dlrs. Ericsson said it would grow. Talks in Paris, Texas ended. "
            + "Peace Agreement talks began at Kennedy Airport."
        let plain = tagger.tag(title: "", body: text)
        let explained = tagger.tag(title: "", body: text, explain: true)
        #expect(plain.people == explained.people && plain.countries == explained.countries)
        #expect(plain.rejected.isEmpty)
        let why = Dictionary(explained.rejected.map { ($0.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(why["Dallas Mavericks"] == "ends in a plural: a team")
        // ("U.S." is rejected twice: as a person, initials alone; as a country, a currency's.)
        #expect(explained.rejected.contains { $0.text == "U.S." && $0.reason == "a currency" })
        #expect(why["Ericsson"]?.contains("a company") == true)
        #expect(why["Paris"] == "a town of Texas")
        #expect(why["Peace Agreement"] == "ends in a common English word")
        #expect(why["Kennedy"] == "part of an organisation's or a thing's name")
        #expect(explained.rejected.allSatisfy { rejection in
            let scalars = Array(text.unicodeScalars)[rejection.mention.start..<rejection.mention.end]
            return String(String.UnicodeScalarView(scalars)) == rejection.text
        })
    }

    @Test func personKeysFoldCaseAndAccents() {
        #expect(EntityKey.person("José  Álvarez") == EntityKey.person("JOSE ALVAREZ"))
        #expect(EntityKey.person("Wang Yi") == "wang yi")
        // ASCII names take a fast path; it must give what the Unicode path gives.
        for (ascii, unicode) in [("Beto O'Rourke", "Beto O\u{2019}Rourke"), ("Moon Jae-in", "Moon Jae-i\u{0301}n"),
                                 ("J.K.  Rowling, Jr.", "J.K.\u{00A0} Rowling, Jr."), ("Pope John Paul 2", "Pope John Paul 2\u{0301}")] {
            #expect(EntityKey.person(ascii) == EntityKey.person(unicode))
        }
        #expect(EntityKey.person(" Beto O'Rourke Jr. ") == "beto orourke jr")
    }
}
