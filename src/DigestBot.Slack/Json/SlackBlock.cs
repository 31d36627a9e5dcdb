namespace DigestBot.Slack.Json;

/// <summary>
/// The few Block Kit blocks DigestBot sends (header, section, context, divider), as one flat shape so the
/// source-generated serializer needs no polymorphism; unused members are left out of the JSON.
/// </summary>
internal sealed record SlackBlock(string Type)
{
    public SlackText? Text { get; init; }

    public IReadOnlyList<SlackText>? Fields { get; init; }

    public IReadOnlyList<SlackText>? Elements { get; init; }

    public static SlackBlock Header(string escaped) => new("header") { Text = SlackText.PlainText(escaped) };

    public static SlackBlock Section(string escapedMrkdwn) => new("section") { Text = SlackText.Mrkdwn(escapedMrkdwn) };

    public static SlackBlock FieldSection(IReadOnlyList<SlackText> fields) => new("section") { Fields = fields };

    public static SlackBlock Context(IReadOnlyList<SlackText> elements) => new("context") { Elements = elements };

    public static SlackBlock Divider { get; } = new("divider");
}
