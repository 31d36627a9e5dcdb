namespace DigestBot.Discord.Rendering;

/// <summary>
/// Discord's message and embed limits. Discord does not say whether it counts UTF-16 units or code points;
/// we count <see cref="string.Length"/>, which is never smaller than either.
/// </summary>
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedsPerMessage = 10;
    public const int Title = 256;
    public const int Description = 4096;
    public const int FieldsPerEmbed = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;

    /// <summary>Title, description, field names and values, footer and author of all embeds of one message.</summary>
    public const int MessageTotal = 6000;

    public const int ChoiceName = 100;
    public const int ChoiceValue = 100;
    public const int CommandDescription = 100;
    public const int AutocompleteChoices = 25;
}
