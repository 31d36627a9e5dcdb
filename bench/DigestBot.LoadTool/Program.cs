using DigestBot.LoadTool;

// discord-sign DIR                        writes a signed /quotes speaker:Putin interaction (body, headers, wrk script) to DIR
// discord-baseline URL [ANSWER]           a minimal endpoint that only verifies the Ed25519 signature and answers PONG
// slack-baseline URL SECRET [ANSWER]      a minimal endpoint that only verifies the Slack signature and answers "ok"
// (with ANSWER, a file, the baselines answer its bytes instead: what DigestBot sent, to price the answer's size)
return args switch
{
    ["discord-sign", var directory] => DiscordSignedRequest.Write(directory),
    ["discord-baseline", var url] => await DiscordBaseline.RunAsync(url),
    ["discord-baseline", var url, var answer] => await DiscordBaseline.RunAsync(url, answer),
    ["slack-baseline", var url, var secret] => await SlackBaseline.RunAsync(url, secret),
    ["slack-baseline", var url, var secret, var answer] => await SlackBaseline.RunAsync(url, secret, answer),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: DigestBot.LoadTool discord-sign DIR | discord-baseline URL [ANSWER] | slack-baseline URL SECRET [ANSWER]");
    return 2;
}
