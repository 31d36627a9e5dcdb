using System.Diagnostics.CodeAnalysis;
using DigestBot.Core.Commands.Requests;
using DigestBot.Core.Replies;

namespace DigestBot.Core.Commands;

/// <summary>Either a request ready to run, or a helpful error reply saying what was wrong.</summary>
public sealed record BindResult(CommandDefinition? Command, CommandRequest? Request, Reply? Error)
{
    [MemberNotNullWhen(true, nameof(Request), nameof(Command))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Request is not null;

    public static BindResult Ok(CommandDefinition command, CommandRequest request) => new(command, request, null);

    public static BindResult Fail(Reply error, CommandDefinition? command = null) => new(command, null, error);
}
