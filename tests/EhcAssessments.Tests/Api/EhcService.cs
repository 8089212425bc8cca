using SendPlatform.EhcAssessments.Api;
using SendPlatform.TestKit;

namespace SendPlatform.EhcAssessments.Tests.Api;

public sealed class EhcService() : ServiceUnderTest<CasesApi>("ehcdb");
