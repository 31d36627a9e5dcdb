namespace DigestBot.Core.Material.Extraction.People;

/// <summary>Closed-class English words the name and attribution rules need to tell apart from names and nouns.</summary>
internal static class GrammarWords
{
    public static readonly WordSet Determiners = new(
        "the", "a", "an", "one", "another", "his", "her", "their", "its", "our", "my", "your", "this", "that",
        "these", "those", "some", "several", "many", "two", "three", "four", "five", "both", "each", "every",
        "other", "no", "any", "most", "all", "few");

    /// <summary>Words that end a noun phrase walking left or right: a name or a speaker never contains them.</summary>
    public static readonly WordSet Stops = new(
        "and", "or", "but", "nor", "so", "yet", "if", "when", "while", "because", "although", "though", "since",
        "unless", "until", "after", "before", "as", "than", "that", "which", "who", "whom", "whose", "what",
        "where", "why", "how", "whether", "in", "on", "at", "by", "with", "from", "into", "onto", "about",
        "over", "under", "against", "between", "through", "during", "without", "within", "toward", "towards",
        "upon", "across", "among", "around", "behind", "beyond", "near", "like", "unlike", "despite", "per",
        "via", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "it's", "there",
        "here", "then", "now", "also", "just", "even", "still", "only", "very", "too", "including", "according",
        "meanwhile", "however", "instead", "indeed", "yes", "no", "to", "of", "for", "said", "says", "say",
        "told", "tells", "added", "adds", "asked");

    public static readonly WordSet Prepositions = new(
        "in", "on", "at", "by", "with", "from", "into", "onto", "about", "over", "under", "against", "between",
        "through", "during", "without", "within", "toward", "towards", "upon", "across", "among", "around",
        "behind", "beyond", "near", "to", "of", "for", "throughout", "outside", "inside", "after", "before", "alongside",
        "amid", "following", "besides", "beside", "despite", "unlike", "like", "since", "while", "although", "though",
        "because", "as", "when", "once", "if", "ahead", "whereas", "asked");

    /// <summary>Prepositions of place: a capitalised word after them ("in Riyadh") names a place more often than a person.</summary>
    public static readonly WordSet Locatives = new(
        "in", "at", "from", "to", "into", "near", "across", "throughout", "outside", "inside", "toward",
        "towards", "across", "around", "visited", "visiting", "via", "through");

    /// <summary>Adverbs and auxiliaries that may stand between a speaker and the speech verb ("Putin also said").</summary>
    public static readonly WordSet Adverbs = new(
        "also", "later", "then", "again", "recently", "previously", "reportedly", "once", "repeatedly", "simply",
        "just", "publicly", "privately", "flatly", "quickly", "often", "never", "still", "even", "first",
        "finally", "has", "had", "have", "would", "will", "could", "might", "may", "should", "did", "does",
        "do", "had", "already", "earlier", "subsequently", "famously", "frequently", "immediately",
        "angrily", "bluntly", "candidly", "curtly", "dryly", "firmly", "flatly", "jokingly", "loudly", "openly",
        "pointedly", "proudly", "quietly", "sarcastically", "simply", "softly", "tersely", "wryly", "confidently",
        "emphatically", "forcefully", "succinctly", "plainly", "bluntly", "further", "herself", "himself",
        "themselves", "personally", "directly", "explicitly", "specifically", "ultimately", "essentially",
        "apparently", "allegedly", "initially", "originally", "last", "yesterday", "today", "tonight", "now", "only");

    public static readonly WordSet MalePronouns = new("he", "him", "his", "himself");

    public static readonly WordSet FemalePronouns = new("she", "her", "hers", "herself");

    /// <summary>Pronouns that can be the subject of a speech verb.</summary>
    public static readonly WordSet SubjectPronouns = new("he", "she", "they", "i", "we", "you", "it");
}
