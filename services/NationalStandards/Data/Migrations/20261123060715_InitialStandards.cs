using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace SendPlatform.NationalStandards.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialStandards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "local_authorities",
                columns: table => new
                {
                    LaCode = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    OnsCode = table.Column<string>(type: "text", nullable: false),
                    Region = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_local_authorities", x => x.LaCode);
                });

            migrationBuilder.CreateTable(
                name: "need_areas",
                columns: table => new
                {
                    Code = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_need_areas", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "jsonb", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provision_types",
                columns: table => new
                {
                    Code = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provision_types", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "sen_provisions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sen_provisions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "standards_sets",
                columns: table => new
                {
                    Version = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    VersionYear = table.Column<int>(type: "integer", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Content = table.Column<string>(type: "jsonb", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "text", nullable: true),
                    SupersededAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_standards_sets", x => x.Version);
                });

            migrationBuilder.CreateTable(
                name: "need_types",
                columns: table => new
                {
                    Code = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    AreaCode = table.Column<string>(type: "text", nullable: true),
                    ValidWithSenProvisions = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_need_types", x => x.Code);
                    table.ForeignKey(
                        name: "FK_need_types_need_areas_AreaCode",
                        column: x => x.AreaCode,
                        principalTable: "need_areas",
                        principalColumn: "Code");
                });

            migrationBuilder.InsertData(
                table: "local_authorities",
                columns: new[] { "LaCode", "Name", "OnsCode", "Region" },
                values: new object[,]
                {
                    { "201", "City of London", "E09000001", "London" },
                    { "202", "Camden", "E09000007", "London" },
                    { "203", "Greenwich", "E09000011", "London" },
                    { "204", "Hackney", "E09000012", "London" },
                    { "205", "Hammersmith and Fulham", "E09000013", "London" },
                    { "206", "Islington", "E09000019", "London" },
                    { "207", "Kensington and Chelsea", "E09000020", "London" },
                    { "208", "Lambeth", "E09000022", "London" },
                    { "209", "Lewisham", "E09000023", "London" },
                    { "210", "Southwark", "E09000028", "London" },
                    { "211", "Tower Hamlets", "E09000030", "London" },
                    { "212", "Wandsworth", "E09000032", "London" },
                    { "213", "Westminster", "E09000033", "London" },
                    { "301", "Barking and Dagenham", "E09000002", "London" },
                    { "302", "Barnet", "E09000003", "London" },
                    { "303", "Bexley", "E09000004", "London" },
                    { "304", "Brent", "E09000005", "London" },
                    { "305", "Bromley", "E09000006", "London" },
                    { "306", "Croydon", "E09000008", "London" },
                    { "307", "Ealing", "E09000009", "London" },
                    { "308", "Enfield", "E09000010", "London" },
                    { "309", "Haringey", "E09000014", "London" },
                    { "310", "Harrow", "E09000015", "London" },
                    { "311", "Havering", "E09000016", "London" },
                    { "312", "Hillingdon", "E09000017", "London" },
                    { "313", "Hounslow", "E09000018", "London" },
                    { "314", "Kingston upon Thames", "E09000021", "London" },
                    { "315", "Merton", "E09000024", "London" },
                    { "316", "Newham", "E09000025", "London" },
                    { "317", "Redbridge", "E09000026", "London" },
                    { "318", "Richmond upon Thames", "E09000027", "London" },
                    { "319", "Sutton", "E09000029", "London" },
                    { "320", "Waltham Forest", "E09000031", "London" },
                    { "330", "Birmingham", "E08000025", "West Midlands" },
                    { "331", "Coventry", "E08000026", "West Midlands" },
                    { "332", "Dudley", "E08000027", "West Midlands" },
                    { "333", "Sandwell", "E08000028", "West Midlands" },
                    { "334", "Solihull", "E08000029", "West Midlands" },
                    { "335", "Walsall", "E08000030", "West Midlands" },
                    { "336", "Wolverhampton", "E08000031", "West Midlands" },
                    { "340", "Knowsley", "E08000011", "North West" },
                    { "341", "Liverpool", "E08000012", "North West" },
                    { "342", "St. Helens", "E08000013", "North West" },
                    { "343", "Sefton", "E08000014", "North West" },
                    { "344", "Wirral", "E08000015", "North West" },
                    { "350", "Bolton", "E08000001", "North West" },
                    { "351", "Bury", "E08000002", "North West" },
                    { "352", "Manchester", "E08000003", "North West" },
                    { "353", "Oldham", "E08000004", "North West" },
                    { "354", "Rochdale", "E08000005", "North West" },
                    { "355", "Salford", "E08000006", "North West" },
                    { "356", "Stockport", "E08000007", "North West" },
                    { "357", "Tameside", "E08000008", "North West" },
                    { "358", "Trafford", "E08000009", "North West" },
                    { "359", "Wigan", "E08000010", "North West" },
                    { "370", "Barnsley", "E08000016", "Yorkshire and The Humber" },
                    { "371", "Doncaster", "E08000017", "Yorkshire and The Humber" },
                    { "372", "Rotherham", "E08000018", "Yorkshire and The Humber" },
                    { "373", "Sheffield", "E08000019", "Yorkshire and The Humber" },
                    { "380", "Bradford", "E08000032", "Yorkshire and The Humber" },
                    { "381", "Calderdale", "E08000033", "Yorkshire and The Humber" },
                    { "382", "Kirklees", "E08000034", "Yorkshire and The Humber" },
                    { "383", "Leeds", "E08000035", "Yorkshire and The Humber" },
                    { "384", "Wakefield", "E08000036", "Yorkshire and The Humber" },
                    { "390", "Gateshead", "E08000037", "North East" },
                    { "391", "Newcastle upon Tyne", "E08000021", "North East" },
                    { "392", "North Tyneside", "E08000022", "North East" },
                    { "393", "South Tyneside", "E08000023", "North East" },
                    { "394", "Sunderland", "E08000024", "North East" },
                    { "420", "Isles of Scilly", "E06000053", "South West" },
                    { "800", "Bath and North East Somerset", "E06000022", "South West" },
                    { "801", "Bristol, City of", "E06000023", "South West" },
                    { "802", "North Somerset", "E06000024", "South West" },
                    { "803", "South Gloucestershire", "E06000025", "South West" },
                    { "805", "Hartlepool", "E06000001", "North East" },
                    { "806", "Middlesbrough", "E06000002", "North East" },
                    { "807", "Redcar and Cleveland", "E06000003", "North East" },
                    { "808", "Stockton-on-Tees", "E06000004", "North East" },
                    { "810", "Kingston upon Hull, City of", "E06000010", "Yorkshire and The Humber" },
                    { "811", "East Riding of Yorkshire", "E06000011", "Yorkshire and The Humber" },
                    { "812", "North East Lincolnshire", "E06000012", "Yorkshire and The Humber" },
                    { "813", "North Lincolnshire", "E06000013", "Yorkshire and The Humber" },
                    { "815", "North Yorkshire", "E06000065", "Yorkshire and The Humber" },
                    { "816", "York", "E06000014", "Yorkshire and The Humber" },
                    { "821", "Luton", "E06000032", "East of England" },
                    { "822", "Bedford", "E06000055", "East of England" },
                    { "823", "Central Bedfordshire", "E06000056", "East of England" },
                    { "825", "Buckinghamshire", "E06000060", "South East" },
                    { "826", "Milton Keynes", "E06000042", "South East" },
                    { "830", "Derbyshire", "E10000007", "East Midlands" },
                    { "831", "Derby", "E06000015", "East Midlands" },
                    { "838", "Dorset", "E06000059", "South West" },
                    { "839", "Bournemouth, Christchurch and Poole", "E06000058", "South West" },
                    { "840", "County Durham", "E06000047", "North East" },
                    { "841", "Darlington", "E06000005", "North East" },
                    { "845", "East Sussex", "E10000011", "South East" },
                    { "846", "Brighton and Hove", "E06000043", "South East" },
                    { "850", "Hampshire", "E10000014", "South East" },
                    { "851", "Portsmouth", "E06000044", "South East" },
                    { "852", "Southampton", "E06000045", "South East" },
                    { "855", "Leicestershire", "E10000018", "East Midlands" },
                    { "856", "Leicester", "E06000016", "East Midlands" },
                    { "857", "Rutland", "E06000017", "East Midlands" },
                    { "860", "Staffordshire", "E10000028", "West Midlands" },
                    { "861", "Stoke-on-Trent", "E06000021", "West Midlands" },
                    { "865", "Wiltshire", "E06000054", "South West" },
                    { "866", "Swindon", "E06000030", "South West" },
                    { "867", "Bracknell Forest", "E06000036", "South East" },
                    { "868", "Windsor and Maidenhead", "E06000040", "South East" },
                    { "869", "West Berkshire", "E06000037", "South East" },
                    { "870", "Reading", "E06000038", "South East" },
                    { "871", "Slough", "E06000039", "South East" },
                    { "872", "Wokingham", "E06000041", "South East" },
                    { "873", "Cambridgeshire", "E10000003", "East of England" },
                    { "874", "Peterborough", "E06000031", "East of England" },
                    { "876", "Halton", "E06000006", "North West" },
                    { "877", "Warrington", "E06000007", "North West" },
                    { "878", "Devon", "E10000008", "South West" },
                    { "879", "Plymouth", "E06000026", "South West" },
                    { "880", "Torbay", "E06000027", "South West" },
                    { "881", "Essex", "E10000012", "East of England" },
                    { "882", "Southend-on-Sea", "E06000033", "East of England" },
                    { "883", "Thurrock", "E06000034", "East of England" },
                    { "884", "Herefordshire, County of", "E06000019", "West Midlands" },
                    { "885", "Worcestershire", "E10000034", "West Midlands" },
                    { "886", "Kent", "E10000016", "South East" },
                    { "887", "Medway", "E06000035", "South East" },
                    { "888", "Lancashire", "E10000017", "North West" },
                    { "889", "Blackburn with Darwen", "E06000008", "North West" },
                    { "890", "Blackpool", "E06000009", "North West" },
                    { "891", "Nottinghamshire", "E10000024", "East Midlands" },
                    { "892", "Nottingham", "E06000018", "East Midlands" },
                    { "893", "Shropshire", "E06000051", "West Midlands" },
                    { "894", "Telford and Wrekin", "E06000020", "West Midlands" },
                    { "895", "Cheshire East", "E06000049", "North West" },
                    { "896", "Cheshire West and Chester", "E06000050", "North West" },
                    { "908", "Cornwall", "E06000052", "South West" },
                    { "916", "Gloucestershire", "E10000013", "South West" },
                    { "919", "Hertfordshire", "E10000015", "East of England" },
                    { "921", "Isle of Wight", "E06000046", "South East" },
                    { "925", "Lincolnshire", "E10000019", "East Midlands" },
                    { "926", "Norfolk", "E10000020", "East of England" },
                    { "929", "Northumberland", "E06000057", "North East" },
                    { "931", "Oxfordshire", "E10000025", "South East" },
                    { "933", "Somerset", "E06000066", "South West" },
                    { "935", "Suffolk", "E10000029", "East of England" },
                    { "936", "Surrey", "E10000030", "South East" },
                    { "937", "Warwickshire", "E10000031", "West Midlands" },
                    { "938", "West Sussex", "E10000032", "South East" },
                    { "940", "North Northamptonshire", "E06000061", "East Midlands" },
                    { "941", "West Northamptonshire", "E06000062", "East Midlands" },
                    { "942", "Cumberland", "E06000063", "North West" },
                    { "943", "Westmorland and Furness", "E06000064", "North West" }
                });

            migrationBuilder.InsertData(
                table: "need_areas",
                columns: new[] { "Code", "Name" },
                values: new object[,]
                {
                    { "CI", "Communication and interaction" },
                    { "CL", "Cognition and learning" },
                    { "SEMH", "Social, emotional and mental health" },
                    { "SP", "Sensory and/or physical" }
                });

            migrationBuilder.InsertData(
                table: "need_types",
                columns: new[] { "Code", "AreaCode", "Name", "ValidWithSenProvisions" },
                values: new object[,]
                {
                    { "NSA", null, "SEN support but no specialist assessment of type of need", new[] { "K" } },
                    { "OTH", null, "Other difficulty or disability", new[] { "E", "K" } }
                });

            migrationBuilder.InsertData(
                table: "provision_types",
                columns: new[] { "Code", "Description", "Name" },
                values: new object[,]
                {
                    { "AP", "A pupil referral unit, AP academy or AP free school", "Alternative provision" },
                    { "EARLY_YEARS", "A nursery or other early years provider", "Early years setting" },
                    { "EHE", "Education at home chosen by the parents", "Elective home education" },
                    { "EOTAS", "Education arranged by the LA otherwise than at school", "Education otherwise than at school" },
                    { "FE_COLLEGE", "A general further education or sixth form college", "Further education college" },
                    { "HOSPITAL_EDUCATION", "Education provided in hospital", "Hospital education" },
                    { "INDEPENDENT_SPECIAL", "An independent special school", "Independent special school" },
                    { "MAINSTREAM", "A maintained school or academy, mainstream", "Mainstream school" },
                    { "NON_MAINTAINED_SPECIAL", "A non-maintained special school", "Non-maintained special school" },
                    { "RESOURCED_PROVISION", "An SEN unit or resourced provision in a mainstream school", "SEN unit or resourced provision" },
                    { "SPECIALIST_POST16", "A specialist post-16 institution", "Specialist post-16 institution" },
                    { "STATE_SPECIAL", "A maintained special school or special academy", "State special school" },
                    { "UNREGISTERED_AP", "Alternative provision not registered as a school", "Unregistered alternative provision" }
                });

            migrationBuilder.InsertData(
                table: "sen_provisions",
                columns: new[] { "Code", "Name" },
                values: new object[,]
                {
                    { "E", "Education, health and care plan" },
                    { "K", "SEN support" },
                    { "N", "No special educational need" }
                });

            migrationBuilder.InsertData(
                table: "need_types",
                columns: new[] { "Code", "AreaCode", "Name", "ValidWithSenProvisions" },
                values: new object[,]
                {
                    { "ASD", "CI", "Autistic spectrum disorder", new[] { "E", "K" } },
                    { "HI", "SP", "Hearing impairment", new[] { "E", "K" } },
                    { "MLD", "CL", "Moderate learning difficulty", new[] { "E", "K" } },
                    { "MSI", "SP", "Multi-sensory impairment", new[] { "E", "K" } },
                    { "PD", "SP", "Physical disability", new[] { "E", "K" } },
                    { "PMLD", "CL", "Profound and multiple learning difficulty", new[] { "E", "K" } },
                    { "SEMH", "SEMH", "Social, emotional and mental health", new[] { "E", "K" } },
                    { "SLCN", "CI", "Speech, language and communication needs", new[] { "E", "K" } },
                    { "SLD", "CL", "Severe learning difficulty", new[] { "E", "K" } },
                    { "SPLD", "CL", "Specific learning difficulty", new[] { "E", "K" } },
                    { "VI", "SP", "Visual impairment", new[] { "E", "K" } }
                });

            migrationBuilder.CreateIndex(
                name: "IX_local_authorities_Region",
                table: "local_authorities",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_need_types_AreaCode",
                table: "need_types",
                column: "AreaCode");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_NextAttemptAt_OccurredAt",
                table: "outbox_messages",
                columns: new[] { "NextAttemptAt", "OccurredAt" },
                filter: "\"DispatchedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_standards_sets_Status",
                table: "standards_sets",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_standards_sets_VersionYear_VersionNumber",
                table: "standards_sets",
                columns: new[] { "VersionYear", "VersionNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "local_authorities");

            migrationBuilder.DropTable(
                name: "need_types");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "provision_types");

            migrationBuilder.DropTable(
                name: "sen_provisions");

            migrationBuilder.DropTable(
                name: "standards_sets");

            migrationBuilder.DropTable(
                name: "need_areas");
        }
    }
}
