using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.NationalStandards.Domain.Reference;
using SendPlatform.NationalStandards.Domain.Standards;
using SendPlatform.NationalStandards.Tests.Builders;
using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.NationalStandards.Tests.Domain;

public sealed class StandardsSetLifecycleTests
{
    private static readonly ReferenceCatalogue Catalogue = new(NationalReferenceData.NeedTypes, NationalReferenceData.ProvisionTypes);
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private static StandardsSet Draft(int year = 2026, int number = 1, StandardsSetContent? content = null) =>
        StandardsSet.CreateDraft(new StandardsVersion(year, number), content ?? new ContentBuilder().Build(), "dfe", Now);

    [Fact]
    public void A_draft_can_be_replaced_and_records_who_changed_it()
    {
        var set = Draft();
        set.ReplaceContent(new ContentBuilder().Titled("Revised").Build(), "dfe-editor", Now.AddHours(1));
        Assert.Equal("Revised", set.Content.Title);
        Assert.Equal("dfe-editor", set.UpdatedBy);
        Assert.Equal(Now.AddHours(1), set.UpdatedAt);
    }

    [Fact]
    public void Publishing_a_complete_draft_puts_it_in_force()
    {
        var set = Draft();
        set.Publish(null, Catalogue, "dfe-publisher", Now);
        Assert.Equal(StandardsSetStatus.Published, set.Status);
        Assert.Equal(Now, set.PublishedAt);
        Assert.Equal("dfe-publisher", set.PublishedBy);
    }

    [Fact]
    public void Publishing_supersedes_the_set_in_force()
    {
        var first = Draft(2026, 1);
        first.Publish(null, Catalogue, "dfe", Now);
        var second = Draft(2026, 2);
        second.Publish(first, Catalogue, "dfe", Now.AddDays(1));
        Assert.Equal(StandardsSetStatus.Superseded, first.Status);
        Assert.Equal(Now.AddDays(1), first.SupersededAt);
        Assert.Equal(StandardsSetStatus.Published, second.Status);
    }

    [Fact]
    public void A_published_set_cannot_be_changed()
    {
        var set = Draft();
        set.Publish(null, Catalogue, "dfe", Now);
        var error = Assert.Throws<DomainRuleException>(() => set.ReplaceContent(new ContentBuilder().Build(), "dfe", Now));
        Assert.Contains("only a draft can be changed", error.Message);
    }

    [Fact]
    public void Publishing_twice_is_refused()
    {
        var set = Draft();
        set.Publish(null, Catalogue, "dfe", Now);
        Assert.Throws<DomainRuleException>(() => set.Publish(null, Catalogue, "dfe", Now));
    }

    [Fact]
    public void A_version_earlier_than_the_one_in_force_cannot_be_published()
    {
        var inForce = Draft(2026, 3);
        inForce.Publish(null, Catalogue, "dfe", Now);
        var older = Draft(2026, 2);
        var error = Assert.Throws<DomainRuleException>(() => older.Publish(inForce, Catalogue, "dfe", Now));
        Assert.Contains("later than 2026.3", error.Message);
        Assert.Equal(StandardsSetStatus.Published, inForce.Status);
        Assert.Equal(StandardsSetStatus.Draft, older.Status);
    }

    [Fact]
    public void An_incomplete_draft_is_not_published_and_the_set_in_force_stays()
    {
        var inForce = Draft(2026, 1);
        inForce.Publish(null, Catalogue, "dfe", Now);
        var incomplete = Draft(2026, 2, new ContentBuilder().WithoutStandards().Build());
        var error = Assert.Throws<DomainRuleException>(() => incomplete.Publish(inForce, Catalogue, "dfe", Now));
        Assert.Contains(error.Problems, p => p.Field == "content.standards");
        Assert.Equal(StandardsSetStatus.Published, inForce.Status);
        Assert.Equal(StandardsSetStatus.Draft, incomplete.Status);
    }
}
