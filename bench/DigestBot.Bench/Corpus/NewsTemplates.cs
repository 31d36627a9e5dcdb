namespace DigestBot.Bench.Corpus;

/// <summary>
/// Invented names, roles, topics and sentence shapes for synthetic articles. Everything here is made up
/// for the benchmarks, so the generator works on a fresh clone without the evaluation data.
/// </summary>
internal static class NewsTemplates
{
    public static readonly string[] GivenNames =
    [
        "Anna", "Marek", "Sofia", "David", "Elena", "Tomas", "Priya", "James", "Ingrid", "Omar", "Lucia", "Henrik",
        "Amara", "Pavel", "Chloe", "Rafael", "Nadia", "Kenji", "Fatima", "Lars", "Grace", "Mateo", "Yara", "Viktor",
        "Helen", "Samuel", "Irene", "Diego", "Maya", "Stefan", "Leila", "Oscar", "Greta", "Andrei", "Rosa", "Felix",
    ];

    public static readonly string[] FamilyNames =
    [
        "Kowalski", "Brennan", "Okafor", "Lindqvist", "Moreau", "Haddad", "Novak", "Castillo", "Tanaka", "Fischer",
        "Duarte", "Petrenko", "Whitfield", "Sandoval", "Achterberg", "Nakamura", "Osei", "Valdez", "Horvath", "Quinn",
        "Ferreira", "Albrecht", "Mensah", "Rossi", "Kaplan", "Lindgren", "Abara", "Morozov", "Delgado", "Hartmann",
        "Costa", "Varga", "Nilsen", "Sato", "Boateng", "Keller", "Marin", "Olsen", "Petrov", "Reyes",
    ];

    public static readonly string[] Roles =
    [
        "the finance minister", "the energy minister", "a spokesperson for the ministry", "the central bank governor",
        "the union leader", "the company's chief executive", "the mayor", "an opposition lawmaker",
        "the trade commissioner", "a senior economist at the institute", "the health secretary", "the party chair",
    ];

    public static readonly string[] Topics =
    [
        "rare earth minerals", "steel exports", "the housing market", "wind power", "grain shipments", "the rail strike",
        "interest rates", "the border agreement", "hospital waiting lists", "semiconductor plants", "fishing quotas",
        "the pension reform", "copper prices", "the water utility", "school funding", "the election campaign",
        "natural gas storage", "the airline merger", "coal mines", "the space programme", "flood defences",
    ];

    public static readonly string[] Places =
    [
        "Brussels", "Warsaw", "Lagos", "Oslo", "Lyon", "Beirut", "Prague", "Bogota", "Osaka", "Hamburg", "Lisbon",
        "Kyiv", "Seattle", "Monterrey", "Rotterdam", "Kyoto", "Accra", "Tucson", "Dresden", "Valencia",
    ];

    public static readonly string[] Headlines =
    [
        "{Place} Weighs New Rules on {Topic}",
        "{Speaker} Signals Shift on {Topic}",
        "Talks on {Topic} Stall in {Place}",
        "{Place} Counts the Cost of {Topic}",
        "Markets React as {Place} Moves on {Topic}",
        "{Speaker} Defends Plan for {Topic}",
    ];

    public static readonly string[] QuoteLines =
    [
        "We cannot keep waiting while {topic} drifts from one crisis to the next",
        "This agreement is the best chance we have had in a decade",
        "Nobody in {place} should pay more because of decisions taken elsewhere",
        "The numbers speak for themselves, and they are not good",
        "We will not sign anything that hurts workers in {place}",
        "Our plan for {topic} is ambitious, but it is also realistic",
        "I have said from the start that this would take years, not months",
        "There is no quick fix, and anyone who promises one is not being honest",
        "We welcome every partner who wants to invest in {topic}",
        "The risks are real, but so are the opportunities",
    ];

    public static readonly string[] FigureLines =
    [
        "Officials in {place} said about {n} million tons of {topic} could be affected this year.",
        "The plan would cost {n} billion dollars over five years, according to the ministry.",
        "Prices rose {p} percent in the last quarter, the statistics office said.",
        "Nearly {n},000 people took part in the protests in {place} on Saturday.",
        "The company expects to hire {n}00 workers at the new site near {place}.",
        "Exports fell by {p}% compared with the same month last year.",
        "At least {n} towns have asked for help with {topic} since January.",
    ];

    public static readonly string[] PlainLines =
    [
        "The debate over {topic} has divided the governing coalition for months.",
        "Critics in {place} argue that the proposal does little for small businesses.",
        "A vote is expected before the end of the session, although the timetable could slip.",
        "Analysts say the outcome will shape the wider debate about {topic} across the region.",
        "Local officials have asked for more time to study the details.",
        "The talks resume next week in {place}, where negotiators hope to close the remaining gaps.",
    ];
}
