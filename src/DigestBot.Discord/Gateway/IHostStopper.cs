namespace DigestBot.Discord.Gateway;

/// <summary>Port: stop the whole application because the adapter cannot go on (e.g. Discord rejected the token).</summary>
internal interface IHostStopper
{
    void Stop(string reason);
}
