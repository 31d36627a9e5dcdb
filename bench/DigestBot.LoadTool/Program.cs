using DigestBot.LoadTool;

// discord-sign DIR              writes a signed /quotes speaker:Putin interaction (body, headers, wrk script) to DIR
// discord-baseline URL          a minimal endpoint that only verifies the Ed25519 signature and answers PONG
// slack-baseline URL SECRET     a minimal endpoint that only verifies the Slack signature and answers "ok"
return args switch
{
    ["discord-sign", var directory] => DiscordSignedRequest.Write(directory),
    ["discord-baseline", var url] => await DiscordBaseline.RunAsync(url),
    ["slack-baseline", var url, var secret] => await SlackBaseline.RunAsync(url, secret),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: DigestBot.LoadTool discord-sign DIR | discord-baseline URL | slack-baseline URL SECRET");
    return 2;
}
