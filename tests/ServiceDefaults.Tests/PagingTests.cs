using SendPlatform.Contracts.Common.V1;
using SendPlatform.SharedKernel.Errors;
using SendPlatform.ServiceDefaults.Grpc;

namespace SendPlatform.ServiceDefaults.Tests;

public sealed class PagingTests
{
    [Fact]
    public void No_page_request_means_the_first_page_of_fifty()
    {
        var v = new Violations();
        Assert.Equal(new Paging(50, null), Paging.From(null, v));
        Assert.False(v.Any);
    }

    [Theory]
    [InlineData(0, 50)]
    [InlineData(1, 1)]
    [InlineData(500, 500)]
    public void Page_sizes_within_bounds_are_kept(int requested, int expected) =>
        Assert.Equal(expected, Paging.From(new PageRequest { PageSize = requested }, new Violations()).PageSize);

    [Theory]
    [InlineData(-1)]
    [InlineData(501)]
    public void Page_sizes_out_of_bounds_are_a_field_violation(int requested)
    {
        var v = new Violations();
        Paging.From(new PageRequest { PageSize = requested }, v);
        Assert.Equal("page.page_size", Assert.Single(v.Items).Field);
    }

    [Fact]
    public void A_token_round_trips_to_the_key_it_encodes()
    {
        var v = new Violations();
        Assert.Equal("2026.10", Paging.From(new PageRequest { PageToken = Paging.Encode("2026.10") }, v).AfterKey);
        Paging.From(new PageRequest { PageToken = "%%" }, v);
        Assert.Equal("page.page_token", Assert.Single(v.Items).Field);
    }

    [Fact]
    public void Respond_trims_the_extra_row_and_points_the_token_at_the_last_kept_row()
    {
        var rows = new List<string> { "a", "b", "c" };
        var page = new Paging(2, null).Respond(rows, r => r, totalCount: 3);
        Assert.Equal(["a", "b"], rows);
        Assert.Equal(Paging.Encode("b"), page.NextPageToken);

        var last = new List<string> { "c" };
        Assert.Equal("", new Paging(2, null).Respond(last, r => r, 3).NextPageToken);
    }
}
