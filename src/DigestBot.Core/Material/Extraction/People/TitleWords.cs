namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// Words that make up a title or a role: the head ("Secretary", "advisor", "spokesman") that names the job and
/// the modifiers that may stand before it in lower case ("national security advisor"). A title ends in a head.
/// </summary>
internal static class TitleWords
{
    public static readonly WordSet Heads = new(
        "president", "vice-president", "secretary", "senator", "congressman", "congresswoman", "representative",
        "governor", "minister", "premier", "chancellor", "mayor", "ambassador", "envoy", "advisor", "adviser",
        "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director", "chief",
        "ceo", "cfo", "founder", "commissioner", "attorney", "counsel", "general", "admiral", "colonel", "lieutenant",
        "sergeant", "captain", "commander", "judge", "justice", "leader", "whip", "speaker", "strategist",
        "aide", "manager", "officer", "official", "head", "executive", "economist", "analyst", "professor",
        "pollster", "nominee", "candidate", "host", "anchor", "correspondent", "reporter", "editor", "columnist",
        "author", "lawyer", "sheriff", "king", "queen", "prince", "princess", "pope", "rabbi", "pastor",
        "reverend", "activist", "organizer", "consultant", "surrogate", "operative", "treasurer", "delegate",
        "lawmaker", "legislator", "billionaire", "businessman", "businesswoman", "mogul", "dictator",
        "monarch", "emir", "sheikh", "coach", "owner", "president-elect", "staffer", "deputy", "superintendent",
        "prosecutor", "physician", "doctor", "scientist", "researcher", "historian", "chaplain", "rapper",
        "actor", "actress", "singer", "comedian", "investor", "banker", "fellow", "partner", "member");

    public static readonly WordSet Modifiers = new(
        "national", "security", "foreign", "affairs", "press", "campaign", "deputy", "senior", "chief", "former",
        "vice", "assistant", "special", "general", "communications", "policy", "economic", "top", "acting",
        "executive", "managing", "political", "legal", "defense", "state", "federal", "democratic", "republican",
        "presidential", "vice-presidential", "majority", "minority", "house", "senate", "party", "white",
        "interior", "homeland", "health", "finance", "trade", "energy", "prime", "associate", "principal",
        "longtime", "veteran", "independent", "conservative", "liberal", "progressive", "regional", "county",
        "city", "district", "u.s.", "us", "then", "then-", "incoming", "outgoing", "interim", "co", "digital",
        "research", "data", "polling", "media", "social", "news", "staff", "intelligence", "military", "armed",
        "services", "judiciary", "budget", "transition", "treasury", "defence", "justice", "agriculture",
        "education", "labor", "commerce", "transportation", "veterans", "environmental");

    /// <summary>Heads that imply a woman or a man, for pronoun agreement.</summary>
    public static readonly WordSet Female = new("congresswoman", "spokeswoman", "chairwoman", "businesswoman", "queen", "princess", "actress");

    public static readonly WordSet Male = new("congressman", "spokesman", "chairman", "businessman", "king", "prince", "pope");
}
