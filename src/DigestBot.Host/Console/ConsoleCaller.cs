using DigestBot.Core.Commands;

namespace DigestBot.Host.Console;

/// <summary>Whoever sits at the terminal runs the bot, so they are its moderator.</summary>
internal static class ConsoleCaller
{
    public static readonly ChannelRef Channel = new(ConsolePublisher.PlatformName, "local");

    public static CommandContext Context { get; } =
        new(new Caller("console", Environment.UserName, IsModerator: true), Channel);
}
