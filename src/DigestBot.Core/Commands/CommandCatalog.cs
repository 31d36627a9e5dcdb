namespace DigestBot.Core.Commands;

/// <summary>Every command DigestBot understands, with names, descriptions and option limits: the single source.</summary>
public static class CommandCatalog
{
    public const int MaxLimit = 25;

    private static readonly OptionDefinition Limit = new("limit", "How many to show (1-25)", OptionType.Integer)
    {
        MinValue = 1,
        MaxValue = MaxLimit,
        DefaultValue = 10,
    };

    private static readonly OptionDefinition Topic = new("topic", "Only those mentioning these words", OptionType.String)
    {
        MinLength = 2,
    };

    public static readonly CommandDefinition Quotes = new(
        "quotes",
        "Direct quotes from the news, by speaker and topic",
        [
            new("speaker", "Who said it (full or last name)", OptionType.String) { Autocomplete = true },
            Topic,
            Limit,
        ])
    {
        FreeTextOption = "speaker",
        Example = "/quotes speaker:Putin limit:3",
    };

    public static readonly CommandDefinition Speakers = new("speakers", "Everyone quoted, with how many quotes each", [])
    {
        Example = "/speakers",
    };

    public static readonly CommandDefinition Figures = new("figures", "Key figures and what they are about", [Topic, Limit])
    {
        FreeTextOption = "topic",
        Example = "/figures topic:aluminum",
    };

    public static readonly CommandDefinition Summary = new(
        "summary",
        "A short summary of an article (the latest by default)",
        [new("article", "Article id or words from its headline", OptionType.String)])
    {
        FreeTextOption = "article",
        Example = "/summary article:putin",
    };

    public static readonly CommandDefinition Search = new(
        "search",
        "Find sentences in the news that mention these words",
        [new("text", "Words to look for", OptionType.String) { Required = true, MinLength = 2, MaxLength = 200 }, Limit])
    {
        FreeTextOption = "text",
        Example = "/search rare earth",
    };

    public static readonly CommandDefinition Digest = new("digest", "Preview the digest as it would be posted now", [])
    {
        Ephemeral = true,
        Example = "/digest",
    };

    public static readonly CommandDefinition Sources = new("sources", "Where the news comes from and how each source is doing", [])
    {
        Example = "/sources",
    };

    public static readonly CommandDefinition Help = new(
        "help",
        "What DigestBot can do",
        [new("command", "A command to explain", OptionType.String)])
    {
        FreeTextOption = "command",
        Ephemeral = true,
        Example = "/help quotes",
    };

    public static readonly CommandDefinition Pin = new(
        "pin",
        "Pin the latest digest here, or post and pin an article's summary (moderators)",
        [new("article", "Article id or headline words; empty pins the latest digest", OptionType.String)])
    {
        FreeTextOption = "article",
        ModeratorOnly = true,
        Example = "/pin",
    };

    public static readonly CommandDefinition Schedule = new(
        "schedule",
        "Add, list or remove this channel's digest schedules (moderators change them)",
        [
            new("action", "add, list or remove", OptionType.String) { Required = true, Choices = ["add", "list", "remove"] },
            new("time", "Time of day, HH:MM (with days)", OptionType.String) { MaxLength = 5 },
            new("days", "Days for time, e.g. mon-fri or mon,wed,fri", OptionType.String) { MaxLength = 40 },
            new("cron", "Or a cron, e.g. \"0 8 * * 1-5\"", OptionType.String),
            new("zone", "IANA time zone, e.g. Europe/Berlin (default UTC)", OptionType.String) { MaxLength = 64 },
            new("name", "Schedule name (to remove; optional to add)", OptionType.String) { MaxLength = 40 },
            new("empty", "When nothing is new: note or silent (default)", OptionType.String) { Choices = ["note", "silent"] },
        ])
    {
        FreeTextOption = "action",
        Example = "/schedule add time:08:00 zone:Europe/Berlin days:mon-fri",
    };

    public static readonly CommandDefinition Audit = new("audit", "Recent moderator actions in this channel (moderators)", [Limit])
    {
        ModeratorOnly = true,
        Ephemeral = true,
        Example = "/audit limit:5",
    };

    public static IReadOnlyList<CommandDefinition> All { get; } =
        [Quotes, Speakers, Figures, Summary, Search, Digest, Sources, Pin, Schedule, Audit, Help];

    public static CommandDefinition? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name.TrimStart('/'), StringComparison.OrdinalIgnoreCase));
}
