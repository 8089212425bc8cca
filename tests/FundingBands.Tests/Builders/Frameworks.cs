using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.FundingBands.Domain;
using SendPlatform.FundingBands.Domain.Pricing;

namespace SendPlatform.FundingBands.Tests.Builders;

/// <summary>Round figures a finance officer can check: special B1 £12,000; mainstream B2 £3,100 above the £6,000 threshold.</summary>
public static class Frameworks
{
    public static FrameworkContent Content(decimal specialB1 = 12_000m, params AreaCostAdjustment[] acas) => new(
        [new Band("B1", "Band 1", 1, "Needs met mostly in class"), new Band("B2", "Band 2", 2, "Needs met with daily specialist input")],
        [new Tariff("B1", "STATE_SPECIAL", specialB1), new Tariff("B2", "MAINSTREAM", 3_100m), new Tariff("B1", "AP", 3.65m)],
        FrameworkContent.DefaultPlaceFunding,
        FrameworkContent.DefaultMainstreamThreshold,
        acas);

    public static PublishedFramework Published(int year, FrameworkContent? content = null, DateOnly? effectiveFrom = null, int version = 1)
    {
        var fy = new FinancialYear(year);
        return new PublishedFramework($"{fy}.v{version}", fy, version, effectiveFrom ?? fy.Start, content ?? Content());
    }

    public static PublishedFrameworks Years(params int[] years) => new(years.Select(y => Published(y)));
}
