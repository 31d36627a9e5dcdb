namespace DigestBot.Discord.Tests.Fakes;

/// <summary>Interaction bodies shaped like Discord's, for the command and option names under test.</summary>
internal static class Interactions
{
    public const string Ping = """{"application_id":"658822586720976907","id":"838085779104202754","token":"tok","type":1,"version":1}""";

    public static string Command(string name, string options = "[]", string permissions = "0", string roles = "[]") => $$$"""
        {"application_id":"658822586720976907","channel_id":"938391701561679903","guild_id":"561884984214814744",
         "data":{"id":"870616445036421159","name":"{{{name}}}","type":1,"options":{{{options}}} },
         "id":"938421734825140264","locale":"en-GB",
         "member":{"nick":"Snab","permissions":"{{{permissions}}}","roles":{{{roles}}},"user":{"id":"115590097100865541","username":"someone","global_name":"Some One"}},
         "token":"interaction-token-1","type":2,"version":1}
        """;

    public static string Autocomplete(string typed) => $$$"""
        {"application_id":"658822586720976907","channel_id":"938391701561679903","guild_id":"561884984214814744",
         "data":{"id":"870616445036421159","name":"quotes","type":1,"options":[{"name":"speaker","type":3,"value":"{{{typed}}}","focused":true}]},
         "id":"938421734825140265","member":{"permissions":"0","user":{"id":"115590097100865541","username":"someone"}},
         "token":"interaction-token-2","type":4,"version":1}
        """;
}
