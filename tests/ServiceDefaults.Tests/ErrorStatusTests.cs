using Google.Rpc;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.ServiceDefaults.Tests;

public sealed class ErrorStatusTests
{
    [Fact]
    public void A_refusal_quoting_a_huge_input_is_cut_to_fit_in_headers()
    {
        var status = ErrorStatus.For(new NotFoundException("Funding framework", new string('9', 60_000)))!;
        Assert.Equal(500, status.Message.Length);
        Assert.EndsWith("…", status.Message);
    }

    [Fact]
    public void Thousands_of_violations_are_answered_as_the_first_fifty_and_a_count_of_the_rest()
    {
        var refusal = new RequestValidationException([.. Enumerable.Range(0, 3_000).Select(i => new FieldViolation($"items[{i}].upn", new string('x', 5_000)))]);
        var status = ErrorStatus.For(refusal)!;
        var violations = status.Details.Single().Unpack<BadRequest>().FieldViolations;
        Assert.Equal(51, violations.Count);
        Assert.Equal(("items[0].upn", 200), (violations[0].Field, violations[0].Description.Length));
        Assert.Equal(("(more)", "and 2,950 more problems; correct these and send again"), (violations[50].Field, violations[50].Description));
        Assert.True(status.CalculateSize() < 16 * 1024, "fits well inside HTTP/2's header limits");
    }

    [Fact]
    public void Text_the_database_cannot_hold_is_the_callers_mistake_wherever_it_surfaces()
    {
        var nul = new Npgsql.PostgresException("invalid byte sequence for encoding \"UTF8\": 0x00", "ERROR", "ERROR", "22021");
        var status = ErrorStatus.For(new InvalidOperationException("saving", nul))!;
        Assert.Equal((int)Code.InvalidArgument, status.Code);
        Assert.Equal("(text)", status.Details.Single().Unpack<BadRequest>().FieldViolations.Single().Field);
        Assert.Null(ErrorStatus.For(new Npgsql.PostgresException("deadlock detected", "ERROR", "ERROR", "40P01")));
    }
}
