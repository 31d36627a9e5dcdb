using DigestBot.Core.Material.Extraction.People;

namespace DigestBot.Core.Material.Extraction.Quotes;

/// <summary>
/// Attribution cues: verbs that introduce speech ("said", "told", "indicating") and the nouns for the things
/// speech comes in ("statement", "remarks", "post"), whose owner is the speaker.
/// </summary>
internal static class SpeechWords
{
    public static readonly WordSet Verbs = new(
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
        "state", "states", "stated", "stating", "explain", "explains", "explained", "explaining", "note", "notes",
        "noted", "noting", "write", "writes", "wrote", "writing", "ask", "asks", "asked", "asking", "reply",
        "replies", "replied", "replying", "remark", "remarks", "remarked", "continue", "continues", "continued",
        "argue", "argues", "argued", "arguing", "insist", "insists", "insisted", "declare", "declares",
        "declared", "announce", "announces", "announced", "tweet", "tweets", "tweeted", "tweeting", "posted",
        "warn", "warns", "warned", "warning", "claim", "claims", "claimed", "claiming", "recall", "recalls",
        "recalled", "suggest", "suggests", "suggested", "suggesting", "indicate", "indicates", "indicated",
        "indicating", "describe", "describes", "described", "describing", "called", "calling", "referring",
        "referred", "quip", "quips", "quipped", "joke", "jokes", "joked", "respond", "responds", "responded",
        "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "concede", "concedes",
        "conceded", "emphasize", "emphasizes", "emphasized", "emphasised", "stress", "stresses", "stressed",
        "observe", "observes", "observed", "predict", "predicts", "predicted", "promise", "promises",
        "promised", "vow", "vows", "vowed", "urge", "urges", "urged", "testify", "testifies", "testified",
        "conclude", "concludes", "concluded", "complain", "complains", "complained", "boast", "boasts",
        "boasted", "shout", "shouts", "shouted", "yell", "yells", "yelled", "exclaim", "exclaims", "exclaimed",
        "caution", "cautions", "cautioned", "reads", "agree", "agrees", "agreed", "countered", "interject",
        "interjects", "interjected", "muse", "muses", "mused", "lament", "laments", "lamented", "charged",
        "allege", "alleges", "alleged", "contend", "contends", "contended", "maintain", "maintains",
        "maintained", "highlight", "highlights", "highlighted", "assert", "asserts", "asserted", "proclaim",
        "proclaims", "proclaimed", "chant", "chants", "chanted", "whisper", "whispered", "thundered", "pleaded",
        "demand", "demands", "demanded", "texted", "emailed", "reiterate", "reiterates", "reiterated", "mention",
        "mentions", "mentioned", "wonder", "wonders", "wondered", "recount", "recounts", "recounted", "confirm",
        "confirms", "confirmed", "deny", "denies", "denied", "tells", "asks", "snapped", "scoffed", "retort", "retorted", "opined",
        "elaborated", "grumbled", "explain", "predicting", "adding", "writes", "sang", "sings", "recalling",
        "messaged", "cried", "shot", "fired", "responding", "answered", "answers", "answer", "begged", "pleads",
        "acknowledging", "conceding", "insisting", "arguing", "asserting", "boasting", "complaining",
        "declaring", "proclaiming", "promising", "vowing", "urging", "warning", "joking", "quipping",
        "continuing", "concluding", "announcing", "stressing", "emphasizing", "observing", "remarking",
        "reminding", "reminded", "reminds", "put", "reported", "reports", "calls", "call", "affirms",
        "affirmed", "mocks", "mocked", "confessed", "confesses", "barked", "sighed", "laughed", "gushed", "fumed", "scolded", "teased", "echoed", "echoing", "chimed", "read", "pointed", "offered", "offers", "tweets", "posts", "writes", "recalls", "explains", "continues", "says");

    /// <summary>Speech verbs that are also common nouns ("a rare note", "the reports"): a verb only after a speaker-like word.</summary>
    public static readonly WordSet AlsoNouns = new(
        "note", "notes", "remarks", "remark", "claim", "claims", "comment", "stress", "answer", "answers", "demand", "demands",
        "call", "calls", "promise", "promises", "warning", "recall", "report", "reports", "posts", "tweet", "tweets", "read",
        "reads", "offers", "vow", "vows", "joke", "jokes", "chant", "chants", "whisper", "mention", "mentions", "charged",
        "muse", "urge", "urges", "state", "states", "add", "adds", "say", "tell", "ask", "reply", "continue", "put", "shot");

    public static readonly WordSet Media = new(
        "statement", "statements", "remarks", "comments", "comment", "tweet", "tweets", "post", "posts",
        "message", "messages", "letter", "email", "emails", "speech", "interview", "release", "video", "ad",
        "op-ed", "column", "memo", "report", "footnote", "transcript", "book", "memoir", "announcement",
        "words", "testimony", "address", "essay", "blog", "note", "posting", "story", "editorial", "caption");
}
