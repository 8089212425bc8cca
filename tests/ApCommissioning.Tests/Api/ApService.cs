using SendPlatform.ApCommissioning.Api;
using SendPlatform.TestKit;

namespace SendPlatform.ApCommissioning.Tests.Api;

public sealed class ApService() : ServiceUnderTest<ProvidersApi>("apdb");
