using SendPlatform.NationalStandards.Api;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Api;

public sealed class StandardsService() : ServiceUnderTest<StandardsSetsApi>("standardsdb");
