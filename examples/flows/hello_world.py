from prefect import flow, task


@task
def say(message: str) -> None:
    print(message)


@flow(log_prints=True)
def hello(number: int = 42, name: str = "world"):
    """Say hello a number of times.

    Args:
        number: How many times to say it.
        name: Who to greet.
    """
    for _ in range(number):
        say(f"Hello, {name}!")
