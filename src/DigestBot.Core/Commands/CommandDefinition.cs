namespace DigestBot.Core.Commands;

/// <summary>
/// A command as users see it: name, description and options, declared once in <see cref="CommandCatalog"/>.
/// Free text after the command (no <c>name:</c> prefix) goes to <see cref="FreeTextOption"/>.
/// </summary>
public sealed record CommandDefinition(string Name, string Description, IReadOnlyList<OptionDefinition> Options)
{
    public string? FreeTextOption { get; init; }

    /// <summary>Only moderators may run it; everyone else gets a polite refusal.</summary>
    public bool ModeratorOnly { get; init; }

    /// <summary>The answer is only for the asker.</summary>
    public bool Ephemeral { get; init; }

    public string Example { get; init; } = "";

    public OptionDefinition? FindOption(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));

    public string Usage => Options.Count == 0
        ? $"/{Name}"
        : $"/{Name} " + string.Join(' ', Options.Select(o => o.Required ? $"<{o.Usage}>" : $"[{o.Usage}]"));
}
