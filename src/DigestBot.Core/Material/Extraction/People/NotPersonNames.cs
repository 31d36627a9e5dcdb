namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// Capitalised words that name places, peoples, institutions and dates, never a person. Without them a lone
/// capitalised word ("Ukraine was not present") would pass for a surname.
/// </summary>
internal static class NotPersonNames
{
    public static readonly WordSet Words = new(
        // Countries and regions.
        "afghanistan", "africa", "albania", "algeria", "america", "americas", "angola", "arabia", "argentina",
        "armenia", "asia", "australia", "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium",
        "bolivia", "bosnia", "brazil", "britain", "bulgaria", "burma", "cambodia", "cameroon", "canada", "chile",
        "china", "colombia", "congo", "crimea", "croatia", "cuba", "cyprus", "czechia", "denmark", "donbas",
        "ecuador", "egypt", "england", "estonia", "ethiopia", "europe", "finland", "france", "gaza", "georgia",
        "germany", "ghana", "greece", "guatemala", "haiti", "honduras", "hungary", "iceland", "india",
        "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan",
        "kenya", "korea", "kosovo", "kuwait", "laos", "latvia", "lebanon", "libya", "lithuania", "luxembourg",
        "malaysia", "mali", "mexico", "moldova", "mongolia", "morocco", "nato", "nepal", "netherlands",
        "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palestine", "panama", "peru",
        "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "scotland", "serbia",
        "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan", "sweden", "switzerland", "syria",
        "taiwan", "tajikistan", "thailand", "tibet", "tunisia", "turkey", "uganda", "ukraine", "uruguay", "usa",
        "uzbekistan", "venezuela", "vietnam", "wales", "yemen", "zambia", "zimbabwe", "emirates", "kingdom",
        "states", "union", "republic", "federation", "middle", "east", "west", "north", "south", "gulf",
        "pacific", "atlantic", "mediterranean", "balkans", "caribbean", "caucasus", "kremlin", "riyadh",
        "moscow", "kyiv", "kiev", "beijing", "london", "paris", "berlin", "tokyo", "washington", "brussels",
        "jerusalem", "tehran", "baghdad", "damascus", "ankara", "istanbul", "cairo", "delhi", "havana",
        "manhattan", "brooklyn", "chicago", "boston", "philadelphia", "cleveland", "miami", "atlanta", "dallas",
        "houston", "denver", "seattle", "detroit", "orlando", "phoenix", "vegas", "angeles", "francisco",
        "york", "hollywood", "baltimore", "pittsburgh", "milwaukee", "manchester", "charlotte", "nashville",
        // Peoples and adjectives of place.
        "african", "american", "americans", "arab", "arabs", "asian", "australian", "austrian", "belgian",
        "brazilian", "british", "canadian", "chinese", "cuban", "czech", "danish", "dutch", "egyptian",
        "english", "european", "europeans", "french", "german", "germans", "greek", "hispanic", "hispanics",
        "indian", "iranian", "iraqi", "irish", "israeli", "israelis", "italian", "japanese", "jewish", "jews",
        "korean", "latin", "latino", "latinos", "latina", "mexican", "mexicans", "muslim", "muslims", "christian",
        "christians", "catholic", "catholics", "evangelical", "evangelicals", "islam", "islamic", "palestinian",
        "palestinians", "polish", "russian", "russians", "saudi", "saudis", "scottish", "spanish", "swedish",
        "swiss", "syrian", "syrians", "turkish", "ukrainian", "ukrainians", "western", "eastern", "northern",
        "southern", "soviet", "sunni", "shiite", "kurdish", "kurds", "afghan", "pakistani", "nigerian",
        // US states.
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
        "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "hampshire", "jersey", "mexico", "carolina", "dakota", "ohio", "oklahoma", "oregon",
        "pennsylvania", "rhode", "tennessee", "texas", "utah", "vermont", "virginia", "wisconsin", "wyoming",
        // Institutions, parties and media words.
        "congress", "senate", "house", "parliament", "government", "administration", "court", "supreme",
        "committee", "department", "ministry", "office", "agency", "bureau", "council", "commission", "party",
        "republican", "republicans", "democrat", "democrats", "democratic", "gop", "tea", "university", "college",
        "school", "institute", "foundation", "center", "centre", "association", "church", "army", "navy",
        "pentagon", "fbi", "cia", "nsa", "irs", "epa", "un", "eu", "isis", "isil", "taliban", "hamas", "hezbollah",
        "twitter", "facebook", "instagram", "youtube", "google", "apple", "amazon", "microsoft", "fox", "cnn",
        "msnbc", "abc", "cbs", "nbc", "pbs", "npr", "reuters", "bloomberg", "politico", "breitbart", "times",
        "post", "journal", "news", "press", "tribune", "herald", "magazine", "network", "radio", "television",
        "street", "avenue", "square", "airport", "station", "hall", "tower", "hotel", "club", "stadium", "bank",
        "company", "group", "corporation", "inc", "llc", "media", "social", "truth", "channel", "daily",
        "national", "federal", "international", "global", "capitol", "oval", "white", "super", "election",
        "convention", "caucus", "caucuses", "primary", "primaries", "debate", "act", "law", "amendment",
        "constitution", "medicare", "medicaid", "obamacare", "brexit", "internet", "web", "god", "lord", "jesus",
        // Calendar words.
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "christmas", "easter", "thanksgiving", "ramadan", "today", "tonight", "yesterday", "tomorrow");
}
