namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// Common given names (English-language news plus frequent international ones). A capitalised pair that
/// starts with one is a person even without a title or a speech verb; the split also gives a pronoun's gender.
/// </summary>
internal static class GivenNames
{
    public static readonly WordSet Male = new(
        "aaron", "abdul", "abraham", "adam", "adrian", "ahmed", "alan", "albert", "alberto", "alec", "alejandro",
        "alex", "alexander", "alexei", "alexis", "alfred", "ali", "allen", "alvin", "andre", "andrei", "andrew",
        "andy", "angelo", "anthony", "antonio", "arnold", "arthur", "ashton", "barack", "barry", "ben", "benjamin",
        "bernard", "bernie", "bill", "billy", "bob", "bobby", "boris", "brad", "bradley", "brandon", "brendan",
        "brian", "bruce", "bryan", "burt", "byron", "calvin", "cameron", "carl", "carlos", "chad", "charles",
        "charlie", "chris", "christian", "christopher", "chuck", "clarence", "claude", "clint", "cliff", "colin",
        "corey", "cory", "craig", "curtis", "dale", "dan", "daniel", "danny", "darrell", "dave", "david", "dean",
        "dennis", "derek", "devin", "diego", "dmitry", "dominic", "don", "donald", "doug", "douglas", "duncan",
        "dwight", "ed", "eddie", "edgar", "eduardo", "edward", "elijah", "elliot", "emmanuel", "enrique", "eric",
        "erik", "ernest", "eugene", "evan", "felix", "fernando", "francis", "francisco", "frank", "franklin", "fred",
        "frederick", "gabriel", "gary", "gavin", "gene", "geoff", "geoffrey", "george", "gerald", "gerhard", "gordon",
        "graham", "greg", "gregory", "guy", "hakeem", "hamid", "hank", "hans", "harold", "harry", "hassan", "hector",
        "henry", "herbert", "howard", "hugh", "hugo", "ian", "igor", "isaac", "ivan", "jack", "jacob", "jake",
        "james", "jamie", "jared", "jason", "javier", "jay", "jeb", "jeff", "jeffrey", "jeremy", "jerry", "jesse",
        "jim", "jimmy", "joe", "joel", "joey", "john", "johnny", "jon", "jonathan", "jorge", "jose", "joseph",
        "josh", "joshua", "juan", "julian", "justin", "karl", "keith", "kelly", "ken", "kenneth", "kevin", "kim",
        "kirk", "kurt", "kyle", "lamar", "lance", "larry", "lee", "leo", "leon", "leonard", "lindsey", "lloyd",
        "louis", "luis", "luke", "malcolm", "manuel", "marc", "marco", "mario", "mark", "marshall", "martin",
        "marvin", "matt", "matthew", "max", "michael", "miguel", "mike", "mitch", "mitt", "mohammed", "muhammad",
        "nathan", "neil", "nicholas", "nick", "nicolas", "nigel", "noah", "norman", "oliver", "omar", "oscar",
        "pablo", "patrick", "paul", "pedro", "pete", "peter", "phil", "philip", "pierre", "rafael", "ralph", "rand",
        "randy", "raul", "ray", "raymond", "reince", "reza", "ricardo", "richard", "rick", "ricky", "rob", "robert",
        "roberto", "rodrigo", "roger", "ron", "ronald", "ross", "roy", "rudy", "russell", "ryan", "sam", "samuel",
        "scott", "sean", "sergei", "sergey", "seth", "shawn", "sidney", "simon", "stan", "stanley", "stephen",
        "steve", "steven", "stuart", "ted", "terry", "thomas", "tim", "timothy", "todd", "tom", "tommy", "tony",
        "travis", "trey", "troy", "tyler", "victor", "viktor", "vince", "vincent", "vladimir", "volodymyr", "walter",
        "warren", "wayne", "wesley", "will", "william", "willie", "xi", "yuri", "yury", "zach", "zachary");

    public static readonly WordSet Female = new(
        "abby", "abigail", "alexandra", "alice", "alicia", "alison", "allison", "amanda", "amber", "amy", "ana",
        "andrea", "angela", "angelina", "ann", "anna", "anne", "annie", "april", "ashley", "barbara", "betsy",
        "betty", "beverly", "bonnie", "brenda", "brittany", "candace", "carla", "carly", "carmen", "carol",
        "caroline", "carolyn", "catherine", "cathy", "chelsea", "cheryl", "christina", "christine", "cindy",
        "claire", "claudia", "colleen", "connie", "courtney", "crystal", "cynthia", "dana", "danielle", "deborah",
        "debbie", "debra", "denise", "diana", "diane", "donna", "doris", "dorothy", "elaine", "elena", "elizabeth",
        "ellen", "emily", "emma", "erica", "erin", "eva", "evelyn", "fiona", "frances", "gabrielle", "gail",
        "gina", "gloria", "grace", "hannah", "heather", "heidi", "helen", "hillary", "hope", "irene", "isabel",
        "ivanka", "jackie", "jacqueline", "jane", "janet", "janice", "jean", "jeanne", "jennifer", "jenny",
        "jessica", "jill", "joan", "joanne", "jodi", "josephine", "joy", "joyce", "judith", "judy", "julia",
        "julie", "karen", "kate", "katherine", "kathleen", "kathy", "katie", "kayleigh", "kellyanne", "kim",
        "kimberly", "kristen", "laura", "lauren", "leslie", "linda", "lisa", "lois", "loretta", "lori", "lucy",
        "lynn", "maria", "marie", "marine", "marsha", "martha", "mary", "maxine", "megan", "meghan", "megyn",
        "melania", "melissa", "michelle", "mildred", "monica", "nancy", "natalie", "nicole", "nikki", "nina",
        "olga", "pam", "pamela", "patricia", "paula", "peggy", "penny", "rachel", "rebecca", "regina", "rita",
        "robin", "rosa", "rose", "ruth", "sally", "samantha", "sandra", "sara", "sarah", "sharon", "sheila",
        "shirley", "sophie", "stacey", "stephanie", "sue", "susan", "suzanne", "sylvia", "tammy", "tara",
        "teresa", "theresa", "tiffany", "tina", "tracy", "tulsi", "ursula", "valerie", "vanessa", "victoria",
        "virginia", "wendy", "yulia");
}
